namespace Guangzhou.Analysis.Figures;

/// <summary>
/// What the figures are drawn for: the parameters of every story notebook. A notebook builds its figures from its own
/// parameters; the catalog exports <see cref="Defaults"/>, the values the notebooks' parameters cells start with.
/// </summary>
public sealed record FigureRequest(GdpRaceParameters Gdp, AutoIndustryParameters Autos, FiscalParameters Fiscal, ClusterParameters Clusters, MultipleParameters Multiple)
{
    public static FigureRequest Defaults(DataSet data) =>
        new(GdpRaceParameters.Defaults(data), AutoIndustryParameters.Defaults(data), FiscalParameters.Defaults(data), ClusterParameters.Defaults(), MultipleParameters.Defaults(data));
}
