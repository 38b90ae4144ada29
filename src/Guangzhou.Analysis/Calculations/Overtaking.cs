namespace Guangzhou.Analysis.Calculations;

/// <summary>One year's standing of two entities on the same series.</summary>
public sealed record Standing(int Year, string Leader, string Trailer, decimal LeaderValue, decimal TrailerValue)
{
    public decimal Margin => LeaderValue - TrailerValue;
}

/// <summary>A change of leader: in <see cref="Year"/>, <see cref="Leader"/> passed <see cref="Passed"/> by <see cref="Margin"/>.</summary>
public sealed record LeadChange(int Year, string Leader, string Passed, decimal Margin);

public sealed record OvertakingResult(IReadOnlyList<Standing> Standings, IReadOnlyList<LeadChange> Changes)
{
    /// <summary>The first time the entity passed the other; null if it never did within the data.</summary>
    public LeadChange? FirstPass(string entity) => Changes.FirstOrDefault(c => c.Leader == entity);

    /// <summary>True when the lead changed more than once, i.e. the one passed came back.</summary>
    public bool LeadChangedBack => Changes.Count > 1;

    public Standing? In(int year) => Standings.FirstOrDefault(s => s.Year == year);
}

/// <summary>Who passed whom, in which year, by how much, and whether the lead changed back.</summary>
public static class Overtaking
{
    /// <param name="a">Annual values of the first entity by year.</param>
    /// <param name="b">Annual values of the second entity by year. Only years both have are compared.</param>
    public static OvertakingResult Compare(string aName, IReadOnlyDictionary<int, decimal> a, string bName, IReadOnlyDictionary<int, decimal> b)
    {
        var standings = a.Keys.Intersect(b.Keys).Order()
            .Select(y => a[y] >= b[y]
                ? new Standing(y, aName, bName, a[y], b[y])
                : new Standing(y, bName, aName, b[y], a[y]))
            .ToArray();
        var changes = new List<LeadChange>();
        for (var i = 1; i < standings.Length; i++)
            if (standings[i].Leader != standings[i - 1].Leader)
                changes.Add(new LeadChange(standings[i].Year, standings[i].Leader, standings[i].Trailer, standings[i].Margin));
        return new OvertakingResult(standings, changes);
    }
}
