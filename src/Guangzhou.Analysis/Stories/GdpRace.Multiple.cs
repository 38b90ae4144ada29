namespace Guangzhou.Analysis.Stories;

/// <summary>
/// The constant nominal growth that multiplies a city's cited GDP of one year by a factor by a later year, its path, and
/// the cited GDP of the years since, each at its latest vintage (the baseline's vintage rule, so the comparison is like for like).
/// </summary>
public sealed record GdpMultiple(MultipleParameters Parameters, Money Target, Percent AnnualRate, IReadOnlyList<(int Year, Money Level)> Path, IReadOnlyList<Observation> Cited)
{
    public Money Baseline => Parameters.Baseline.Quantity.AsMoney();

    /// <summary>
    /// The latest cited year after the baseline, against the path's level that year (to the digits the baseline was
    /// published with: a computed level is no more precise than its input); null when none is held yet.
    /// </summary>
    public PathCheck? Latest => Cited.Where(o => o.Period.Year > Parameters.FromYear).MaxBy(o => o.Period.Year) is { } row
        ? new PathCheck(row, RoundLikeBaseline(Path.First(p => p.Year == row.Period.Year).Level))
        : null;

    private Money RoundLikeBaseline(Money level) =>
        new(Math.Round(level.Value, Parameters.Baseline.Quantity.Value.Scale, MidpointRounding.AwayFromZero), level.Unit);
}

/// <summary>A cited level against the path's level for its year: how far above (positive) or below (negative) the path it is, in percent.</summary>
public sealed record PathCheck(Observation Row, Money PathLevel)
{
    public int Year => Row.Period.Year;
    public Money Level => Row.Quantity.AsMoney();
    public Percent Gap => Growth.Rate(PathLevel, Level);
}

public static partial class GdpRace
{
    public static GdpMultiple Multiple(DataSet data, MultipleParameters p)
    {
        var from = p.Baseline.Quantity.AsMoney();
        var target = from * p.Factor;
        var rate = Growth.RequiredToReach(from, p.FromYear, target, p.ByYear);
        return new GdpMultiple(p, target, rate, Growth.Path(from, p.FromYear, rate, p.ByYear), data.AnnualSeries("gdp", p.City, p.FromYear, p.ByYear));
    }
}
