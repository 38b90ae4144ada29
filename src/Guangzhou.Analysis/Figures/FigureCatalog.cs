namespace Guangzhou.Analysis.Figures;

/// <summary>
/// A catalog entry: a stable id (the exported file stem for the default request), a caption for the gallery, and the
/// builder that draws it from the data and a request.
/// </summary>
public sealed record FigureDefinition(string Id, Func<DataSet, FigureRequest, Language, Bilingual> Caption, Func<DataSet, FigureRequest, Language, Figure> Build);

/// <summary>
/// Every figure of the analysis, drawn for one request (the defaults unless given). Notebooks call the same builders with
/// their parameters, so an exported SVG is the figure a notebook shows with its parameters unchanged.
/// </summary>
public sealed class FigureCatalog(DataSet data, FigureRequest? request = null)
{
    // Drawn on first use, so that a catalog over data without the default years fails at the figure, not at construction.
    private readonly Lazy<FigureRequest> _request = new(() => request ?? FigureRequest.Defaults(data));

    public FigureRequest Request => _request.Value;

    public static IReadOnlyList<FigureDefinition> Definitions { get; } =
    [
        new("gdp-race", (d, r, l) => new($"八大城市GDP，{r.Gdp.FromYear}–{r.Gdp.ToYear}", $"GDP of eight big cities, {r.Gdp.FromYear}–{r.Gdp.ToYear}"),
            (d, r, l) => GdpFigures.Race(d, r.Gdp, l)),
        new("gdp-growth-2024", (d, r, l) => Growth(r.Gdp.GrowthYears[0]), (d, r, l) => GdpFigures.GrowthRanking(d, r.Gdp, r.Gdp.GrowthYears[0], l)),
        new("gdp-growth-2025", (d, r, l) => Growth(r.Gdp.GrowthYears[1]), (d, r, l) => GdpFigures.GrowthRanking(d, r.Gdp, r.Gdp.GrowthYears[1], l)),
        new("guangzhou-growth-vs-target", (d, r, l) => new($"{Zh(d, r.Gdp.Incumbent)}GDP增速與目標", $"{En(d, r.Gdp.Incumbent)}'s growth against its target"),
            (d, r, l) => GdpFigures.GrowthVsTarget(d, r.Gdp, l)),
        new("industry-growth-2024", (d, r, l) => new($"{r.Autos.Year}年工業增速：{Zh(d, r.Autos.CityA)}對{Zh(d, r.Autos.CityB)}",
                $"Industrial growth {r.Autos.Year}: {En(d, r.Autos.CityA)} vs {En(d, r.Autos.CityB)}"),
            (d, r, l) => AutoFigures.IndustryGrowth(d, r.Autos, l)),
        new("auto-va-path", (d, r, l) => new("汽車製造業增加值增速（累計）", "Auto manufacturing value added growth (cumulative)"),
            (d, r, l) => AutoFigures.ValueAddedPath(d, r.Autos, l)),
        new("nev-sales-companies", (d, r, l) => new($"{Zh(d, AutoIndustry.Carmakers[0])}與{Zh(d, AutoIndustry.Carmakers[1])}新能源汽車銷量",
                $"NEV sales of {En(d, AutoIndustry.Carmakers[0])} and {En(d, AutoIndustry.Carmakers[1])}"),
            (d, r, l) => AutoFigures.NevCompanies(d, r.Autos, l)),
        new("fiscal-revenue-2024", (d, r, l) => new($"{r.Fiscal.Year}年一般公共預算收入", $"General public budget revenue, {r.Fiscal.Year}"),
            (d, r, l) => FiscalFigures.Revenue(d, r.Fiscal, l)),
        new("guangzhou-fiscal-bridge-2024", (d, r, l) => new($"{Zh(d, r.Fiscal.City)}{r.Fiscal.Year}年：收入、補助與上解",
                $"{En(d, r.Fiscal.City)} {r.Fiscal.Year}: revenue, transfers and remittances"),
            (d, r, l) => FiscalFigures.Bridge(d, r.Fiscal, l)),
        new("cluster-tiers-bridge", (d, r, l) => new($"「{FigureWords.N(r.Clusters.Total.WanYi)}萬億」從何而來", $"Where \"{FigureWords.N(r.Clusters.Total.WanYi)} trillion\" would come from"),
            (d, r, l) => ClusterFigures.TiersBridge(d, r.Clusters, l)),
        new("cluster-implied-growth", (d, r, l) => new($"由{FigureWords.N(r.Clusters.Baseline.WanYi)}萬億到{FigureWords.N(r.Clusters.Total.WanYi)}萬億所需增速",
                $"Growth needed from {FigureWords.N(r.Clusters.Baseline.WanYi)} to {FigureWords.N(r.Clusters.Total.WanYi)} trillion"),
            (d, r, l) => ClusterFigures.ImpliedGrowth(d, r.Clusters, l)),
        new("gdp-multiple", (d, r, l) => new($"{Zh(d, r.Multiple.City)}GDP{FigureWords.N(r.Multiple.Factor)}倍所需增速，{r.Multiple.FromYear}–{r.Multiple.ByYear}",
                $"Growth to multiply {En(d, r.Multiple.City)}'s GDP by {FigureWords.N(r.Multiple.Factor)}, {r.Multiple.FromYear}–{r.Multiple.ByYear}"),
            (d, r, l) => GdpFigures.Multiple(d, r.Multiple, l)),
        new("cluster-groups", (d, r, l) => new("15個產業集群：官方分組與報道的規模分級", "15 clusters: official groups and the article's tiers"),
            (d, r, l) => ClusterFigures.Groups(d, l)),
        new("claim-verdicts", (d, r, l) => new("報道數字核實結果", "Fact check of the article's numbers"),
            (d, r, l) => FactCheckFigures.Verdicts(d, l)),
    ];

    private static Bilingual Growth(int year) => new($"{year}年GDP實際增速", $"Real GDP growth, {year}");
    private static string Zh(DataSet d, string id) => d.EntityName(id, Language.Chinese);
    private static string En(DataSet d, string id) => d.EntityName(id, Language.English);

    public static IEnumerable<string> Ids => Definitions.Select(d => d.Id);

    public Figure Build(string id, Language language = Language.Chinese) => Find(id).Build(data, Request, language);

    /// <summary>The gallery caption of a figure, in one language, for this catalog's request.</summary>
    public string Caption(string id, Language language = Language.Chinese) => Find(id).Caption(data, Request, language).In(language);

    public IEnumerable<Figure> All(Language language) => Definitions.Select(d => d.Build(data, Request, language));

    private static FigureDefinition Find(string id) =>
        Definitions.FirstOrDefault(d => d.Id == id)
        ?? throw new KeyNotFoundException($"No figure '{id}' in the catalog; known ids: {string.Join(", ", Definitions.Select(d => d.Id))}.");
}
