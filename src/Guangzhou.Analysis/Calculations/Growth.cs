namespace Guangzhou.Analysis.Calculations;

/// <summary>Growth arithmetic on levels of one unit. Nominal levels give nominal growth: real growth is only ever read from sources.</summary>
public static class Growth
{
    /// <summary>Change from one level to the next, in percent.</summary>
    public static Percent Rate(decimal from, decimal to)
    {
        if (from == 0) throw new ArgumentException("Growth from zero is undefined.", nameof(from));
        return new Percent((to / from - 1m) * 100m);
    }

    /// <summary>Change between two levels of one dimension, whatever units each was printed in.</summary>
    public static Percent Rate(Quantity from, Quantity to) => Rate(from.Value, to.In(from.Unit));
    public static Percent Rate(Money from, Money to) => Rate(from.Quantity, to.Quantity);
    public static Percent Rate(VehicleCount from, VehicleCount to) => Rate(from.Quantity, to.Quantity);

    /// <summary>Compound annual growth rate over <paramref name="years"/> years.</summary>
    public static Percent Cagr(decimal from, decimal to, int years)
    {
        if (years <= 0) throw new ArgumentOutOfRangeException(nameof(years), "CAGR needs at least one year.");
        if (from <= 0 || to <= 0) throw new ArgumentException("CAGR needs positive levels.");
        // decimal has no fractional power; double is exact to ~15 digits, far beyond any published figure.
        return new Percent((decimal)(Math.Pow((double)(to / from), 1.0 / years) - 1.0) * 100m);
    }

    public static Percent Cagr(Money from, Money to, int years) => Cagr(from.Value, to.In(from.Unit).Value, years);

    /// <summary>The constant annual growth needed to go from a baseline in <paramref name="baseYear"/> to a target in <paramref name="targetYear"/>.</summary>
    public static Percent RequiredToReach(Money baseline, int baseYear, Money target, int targetYear) =>
        Cagr(baseline, target, targetYear - baseYear);

    /// <summary>The path of a level grown at a constant rate, one value per year from <paramref name="fromYear"/> to <paramref name="toYear"/>.</summary>
    public static IReadOnlyList<(int Year, Money Level)> Path(Money baseline, int fromYear, Percent annualRate, int toYear) =>
        Enumerable.Range(fromYear, toYear - fromYear + 1).Select(y => (y, new Money(Project(baseline.Value, annualRate, y - fromYear), baseline.Unit))).ToArray();

    /// <summary>A level grown at a constant rate for a number of years.</summary>
    public static decimal Project(decimal level, Percent annualRate, int years)
    {
        var result = level;
        for (var i = 0; i < years; i++) result *= 1m + annualRate.AsFraction;
        return result;
    }

    /// <summary>Cumulative real growth from a chain of annual real growth rates (2.1% then 5% is 7.205%).</summary>
    public static Percent Chain(IEnumerable<Percent> annualRates)
    {
        var factor = 1m;
        foreach (var r in annualRates) factor *= 1m + r.AsFraction;
        return new Percent((factor - 1m) * 100m);
    }
}
