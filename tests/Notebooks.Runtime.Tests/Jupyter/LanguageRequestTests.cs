using Notebooks.Runtime.Jupyter;

namespace Notebooks.Runtime.Tests.Jupyter;

public sealed class LanguageRequestTests
{
    [Theory]
    [InlineData("var x = 1;", "complete")]
    [InlineData("1 + 1", "complete")]
    [InlineData("#r \"nuget: Sep\"", "complete")]
    [InlineData("if (true) {", "incomplete")]
    [InlineData("Console.WriteLine(", "incomplete")]
    [InlineData("var = ;", "invalid")]
    public void Is_complete_follows_the_csharp_script_parser(string code, string status)
    {
        Assert.Equal(status, (string?)LanguageRequests.IsComplete(code)["status"]);
    }

    [Fact]
    public void Cursor_positions_count_code_points_not_utf16_units()
    {
        // "𠀋" (U+2000B) is one code point and two UTF-16 units.
        const string code = "var 𠀋 = 1; 𠀋";
        Assert.Equal(code.Length, CodePoints.ToUtf16Index(code, 12));
        Assert.Equal(12, CodePoints.FromUtf16Index(code, code.Length));
        Assert.Equal(6, CodePoints.ToUtf16Index(code, 5));
        Assert.Equal(5, CodePoints.FromUtf16Index(code, 6));
    }

    [Fact]
    public void Lines_and_characters_convert_both_ways()
    {
        const string code = "var a = 1;\nvar b = a;";
        Assert.Equal((1, 4), CodePoints.LineAndCharacter(code, 15));
        Assert.Equal(15, CodePoints.IndexOf(code, 1, 4));
        Assert.Equal((0, 3), CodePoints.LineAndCharacter(code, 3));
    }
}
