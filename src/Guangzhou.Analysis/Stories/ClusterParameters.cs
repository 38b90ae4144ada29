namespace Guangzhou.Analysis.Stories;

/// <summary>
/// The parameters of the cluster notebook: the stated total to test and a baseline, both in 萬億元, and the years from
/// the baseline to the target. Amounts must be positive and the target year after the base year.
/// </summary>
public sealed record ClusterParameters
{
    public const decimal DefaultTotalWanYi = 6m;
    public const decimal DefaultBaselineWanYi = 4.2m;
    public const int DefaultBaseYear = 2025;
    public const int DefaultTargetYear = 2030;

    private ClusterParameters(Money total, Money baseline, Period years) => (Total, Baseline, Years) = (total, baseline, years);

    /// <summary>The total to test against the article's tiers (its 超6萬億 by default).</summary>
    public Money Total { get; }
    /// <summary>Where growth starts (by default the article's named tiers, 4.2萬億).</summary>
    public Money Baseline { get; }
    public Period Years { get; }
    public int BaseYear => Years.Year;
    public int TargetYear => Years.EndYear;

    public static ClusterParameters Defaults() => Create(DefaultTotalWanYi, DefaultBaselineWanYi, DefaultBaseYear, DefaultTargetYear);

    /// <exception cref="InvalidParameterException">A total or baseline that is not positive, or a target year not after the base year.</exception>
    public static ClusterParameters Create(decimal totalWanYi, decimal baselineWanYi, int baseYear, int targetYear)
    {
        if (totalWanYi <= 0)
            throw new InvalidParameterException(nameof(totalWanYi), string.Create(CultureInfo.InvariantCulture, $"totalWanYi = {totalWanYi}: a total in 萬億元 must be positive (the article states 6)."));
        if (baselineWanYi <= 0)
            throw new InvalidParameterException(nameof(baselineWanYi), string.Create(CultureInfo.InvariantCulture, $"baselineWanYi = {baselineWanYi}: a baseline in 萬億元 must be positive (the named tiers add up to 4.2)."));
        if (targetYear <= baseYear)
            throw new InvalidParameterException(nameof(targetYear),
                $"targetYear = {targetYear}: must come after baseYear ({baseYear}); valid values: {baseYear + 1} or later.");
        return new ClusterParameters(Money.FromWanYi(totalWanYi), Money.FromWanYi(baselineWanYi), Period.OfSpan(baseYear, targetYear));
    }
}
