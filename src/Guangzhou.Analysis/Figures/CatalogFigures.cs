namespace Guangzhou.Analysis.Figures;

/// <summary>The figures of the story. Every number drawn comes from data/ through the story classes; every source line from the rows drawn.</summary>
internal static partial class CatalogFigures
{
    public static readonly IReadOnlyList<FigureDefinition> All =
    [
        new("gdp-race", new("八大城市GDP，2019–2025", "GDP of eight big cities, 2019–2025"), GdpRaceFigure),
        new("gdp-growth-2024", new("2024年GDP實際增速", "Real GDP growth, 2024"), (d, l) => GrowthRankingFigure(d, l, 2024)),
        new("gdp-growth-2025", new("2025年GDP實際增速", "Real GDP growth, 2025"), (d, l) => GrowthRankingFigure(d, l, 2025)),
        new("gz-growth-vs-target", new("廣州GDP增速與目標", "Guangzhou's growth against its target"), GrowthVsTargetFigure),
        new("industry-growth-2024", new("2024年工業增速：廣州對重慶", "Industrial growth 2024: Guangzhou vs Chongqing"), IndustryGrowthFigure),
        new("auto-va-path", new("汽車製造業增加值增速（累計）", "Auto manufacturing value added growth (cumulative)"), AutoValueAddedPathFigure),
        new("nev-sales-companies", new("比亞迪與廣汽集團新能源汽車銷量", "NEV sales of BYD and GAC Group"), NevCompaniesFigure),
        new("fiscal-revenue-2024", new("2024年一般公共預算收入", "General public budget revenue, 2024"), RevenueFigure),
        new("gz-fiscal-bridge-2024", new("廣州2024年：收入、補助與上解", "Guangzhou 2024: revenue, transfers and remittances"), FiscalBridgeFigure),
        new("cluster-tiers-bridge", new("「超6萬億」從何而來", "Where \"over 6 trillion\" would come from"), ClusterBridgeFigure),
        new("cluster-groups", new("15個產業集群：官方分組與報道的規模分級", "15 clusters: official groups and the article's tiers"), ClusterGroupsFigure),
        new("claim-verdicts", new("報道數字核實結果", "Fact check of the article's numbers"), VerdictsFigure),
    ];

    private static string T(Language l, string zh, string en) => l == Language.Chinese ? zh : en;

    private static string N(decimal v, string format = "0.##") => v.ToString(format, CultureInfo.InvariantCulture);

    private static Figure Make(string id, Language l, FigureText text, Plotly.NET.GenericChart chart) =>
        new(id, l, text.Title, text.Subtitle, text.SourceLine, text.Note, chart);

    private static string Sources(DataSet d, IEnumerable<string> sourceIds, Language l) =>
        SourceLine.From(sourceIds.Distinct().Select(id => d.Sources[id]), l);
}
