using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Figures;

namespace Guangzhou.Analysis.Tests.Figures;

public sealed class SourceLineTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void English_line_uses_publisher_en_and_Chinese_line_uses_publisher()
    {
        var set = _data.Load();
        var sources = new[] { "media_x", "gz_stats_2024", "cq_stats_2024" }.Select(id => set.Sources[id]).ToArray();

        // Tier first, then the displayed name: the two bureaus sort differently in each language.
        Assert.Equal("Sources: Chongqing Municipal Bureau of Statistics; Guangzhou Municipal Bureau of Statistics; Some Daily",
            SourceLine.From(sources, Language.English));
        Assert.Equal("資料來源：廣州市統計局、重慶市統計局、某報", SourceLine.From(sources, Language.Chinese));
    }
}
