using Guangzhou.Analysis.Data;

namespace Guangzhou.Analysis.Tests.Data;

public sealed class PeriodTests
{
    public static TheoryData<string, Period> Valid => new()
    {
        { "2024", Period.OfYear(2024) },
        { "2024Q1-Q3", Period.OfQuarters(2024, 1, 3) },
        { "2024Q2", Period.OfQuarters(2024, 2, 2) },
        { "2024M01-M11", Period.OfMonths(2024, 1, 11) },
        { "2024M11", Period.OfMonths(2024, 11, 11) },
        { "2021-2025", Period.OfSpan(2021, 2025) },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_and_format_round_trip(string text, Period expected)
    {
        var parsed = Period.Parse(text);
        Assert.Equal(expected, parsed);
        Assert.Equal(text, parsed.ToString());
        Assert.True(Period.TryParse(" " + text + " ", out var trimmed));
        Assert.Equal(expected, trimmed);
    }

    [Fact]
    public void Parsed_fields()
    {
        var ytd = Period.Parse("2024M01-M11");
        Assert.Equal(PeriodKind.Months, ytd.Kind);
        Assert.Equal((2024, 1, 11, 2024), (ytd.Year, ytd.From, ytd.To, ytd.EndYear));
        Assert.False(ytd.IsFullYear);

        var span = Period.Parse("2021-2025");
        Assert.Equal(PeriodKind.YearSpan, span.Kind);
        Assert.Equal((2021, 2025), (span.Year, span.EndYear));
        Assert.False(span.IsFullYear);

        Assert.True(Period.Parse("2024").IsFullYear);
        Assert.NotEqual(Period.Parse("2024"), Period.Parse("2024Q1-Q4"));
    }

    [Theory]
    [InlineData("2024Q5")]
    [InlineData("2024Q0")]
    [InlineData("2024Q3-Q1")]
    [InlineData("2024M13")]
    [InlineData("2024M00")]
    [InlineData("2024M1")]
    [InlineData("2024M11-M01")]
    [InlineData("2024M01-M13")]
    [InlineData("24")]
    [InlineData("20245")]
    [InlineData("2025-2021")]
    [InlineData("2024-2024")]
    [InlineData("0000")]
    [InlineData("2024年")]
    [InlineData("2024-Q1")]
    [InlineData("")]
    [InlineData("２０２４")] // full-width digits are not ASCII digits
    [InlineData("٢٠٢٤")] // Arabic-Indic digits
    public void Rejects_invalid(string text)
    {
        Assert.False(Period.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => Period.Parse(text));
        Assert.Contains($"'{text}' is not a period", ex.Message);
    }

    [Theory]
    [InlineData(PeriodKind.Quarters, 2024, 3, 1, 2024, "the first quarter or month comes after the last")]
    [InlineData(PeriodKind.Quarters, 2024, 1, 5, 2024, "quarters are numbered 1 to 4")]
    [InlineData(PeriodKind.Months, 2024, 0, 11, 2024, "months are numbered 1 to 12")]
    [InlineData(PeriodKind.Months, 2024, 11, 1, 2024, "the first quarter or month comes after the last")]
    [InlineData(PeriodKind.Months, 2024, 1, 11, 2025, "quarters and months lie within one year")]
    [InlineData(PeriodKind.YearSpan, 2025, 1, 12, 2021, "a span of years ends after it starts")]
    [InlineData(PeriodKind.YearSpan, 2024, 1, 12, 2024, "a span of years ends after it starts")]
    [InlineData(PeriodKind.Year, 2024, 1, 12, 2025, "a calendar year runs from month 1 to 12 of one year")]
    [InlineData(PeriodKind.Year, 0, 1, 12, 0, "the year must be between 1 and 9999")]
    public void The_constructor_refuses_a_period_that_cannot_exist(PeriodKind kind, int year, int from, int to, int endYear, string reason)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Period(kind, year, from, to, endYear));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.OfSpan(2025, 2021));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.OfQuarters(2024, 3, 1));
    }

    [Theory]
    [InlineData("2024", "2024年")]
    [InlineData("2024Q1-Q3", "2024年前三季度")]
    [InlineData("2024Q1-Q2", "2024年上半年")]
    [InlineData("2024Q2", "2024年第2季度")]
    [InlineData("2024Q2-Q4", "2024年第2至4季度")]
    [InlineData("2024M01-M11", "2024年1-11月")]
    [InlineData("2024M11", "2024年11月")]
    [InlineData("2021-2025", "2021-2025年")]
    public void ToChinese(string text, string chinese) => Assert.Equal(chinese, Period.Parse(text).ToChinese());
}
