using System.Globalization;
using System.Text.Json.Nodes;
using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Figures;
using Guangzhou.Analysis.Stories;
using Notebooks.Runtime.Execution;

namespace Workspace.Tests;

/// <summary>
/// The exported catalog is the notebooks' figures at their default parameters: the library's defaults are the values the
/// notebooks' parameters cells start with, and each figure drawn for them carries the catalog id it is exported under.
/// </summary>
public sealed class FigureDefaultsTests
{
    private static readonly DataSet Data = DataSetLoader.Load(RepositoryPaths.Data);

    [Fact]
    public void Every_figure_drawn_for_the_default_request_has_its_catalog_id_in_both_languages()
    {
        var catalog = new FigureCatalog(Data, FigureRequest.Defaults(Data));
        foreach (var definition in FigureCatalog.Definitions)
            foreach (var language in new[] { Language.Chinese, Language.English })
                Assert.Equal(definition.Id, catalog.Build(definition.Id, language).Id);
        Assert.Equal(14, FigureCatalog.Definitions.Count);
    }

    public static TheoryData<string, string, string> NotebookDefaults => new()
    {
        { "01-gdp-race", "challenger", Str(GdpRaceParameters.DefaultChallenger) },
        { "01-gdp-race", "incumbent", Str(GdpRaceParameters.DefaultIncumbent) },
        { "01-gdp-race", "fromYear", Int(GdpRaceParameters.DefaultFromYear) },
        { "01-gdp-race", "toYear", Int(GdpRaceParameters.DefaultToYear) },
        { "02-auto-industry", "cityA", Str(AutoIndustryParameters.DefaultCityA) },
        { "02-auto-industry", "cityB", Str(AutoIndustryParameters.DefaultCityB) },
        { "02-auto-industry", "year", Int(AutoIndustryParameters.DefaultYear) },
        { "03-fiscal-tiers", "city", Str(FiscalParameters.DefaultCity) },
        { "03-fiscal-tiers", "year", Int(FiscalParameters.DefaultYear) },
        { "03-fiscal-tiers", "shareToProvince", "null" },
        { "04-cluster-targets", "totalWanYi", Dec(ClusterParameters.DefaultTotalWanYi) },
        { "04-cluster-targets", "baselineWanYi", Dec(ClusterParameters.DefaultBaselineWanYi) },
        { "04-cluster-targets", "baseYear", Int(ClusterParameters.DefaultBaseYear) },
        { "04-cluster-targets", "targetYear", Int(ClusterParameters.DefaultTargetYear) },
        { "04-cluster-targets", "city", Str(MultipleParameters.DefaultCity) },
        { "04-cluster-targets", "doublingFrom", Int(MultipleParameters.DefaultFromYear) },
        { "04-cluster-targets", "doublingBy", Int(MultipleParameters.DefaultByYear) },
    };

    [Theory]
    [MemberData(nameof(NotebookDefaults))]
    public void A_notebooks_parameters_cell_starts_from_the_librarys_defaults(string notebook, string name, string literal)
    {
        var ipynb = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "notebooks", notebook + ".ipynb")))!;
        var cell = ipynb["cells"]!.AsArray().Single(c => c!["metadata"]?["tags"]?.AsArray().Any(t => (string?)t == Parameters.ParametersTag) == true)!;
        var source = string.Concat(cell["source"]!.AsArray().Select(l => (string?)l));
        Assert.Equal(literal, Parameters.Declarations(source).Single(d => d.Name == name).Initializer);
    }

    private static string Str(string value) => $"\"{value}\"";
    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    private static string Dec(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";
}
