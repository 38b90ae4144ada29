using System.Numerics;

namespace Guangzhou.Analysis.Calculations;

/// <summary>One year's standing of two entities on the same series.</summary>
/// <typeparam name="T">The values compared: a <see cref="Quantity"/> in a story, a plain number in a check.</typeparam>
public sealed record Standing<T>(int Year, string Leader, string Trailer, T LeaderValue, T TrailerValue)
    where T : ISubtractionOperators<T, T, T>
{
    /// <summary>The lead, in the leader's unit.</summary>
    public T Margin => LeaderValue - TrailerValue;
}

/// <summary>A change of leader: in <see cref="Year"/>, <see cref="Leader"/> passed <see cref="Passed"/> by <see cref="Margin"/>.</summary>
public sealed record LeadChange<T>(int Year, string Leader, string Passed, T Margin);

public sealed record OvertakingResult<T>(IReadOnlyList<Standing<T>> Standings, IReadOnlyList<LeadChange<T>> Changes)
    where T : ISubtractionOperators<T, T, T>
{
    /// <summary>The first time the entity passed the other; null if it never did within the data.</summary>
    public LeadChange<T>? FirstPass(string entity) => Changes.FirstOrDefault(c => c.Leader == entity);

    /// <summary>True when the lead changed more than once, i.e. the one passed came back.</summary>
    public bool LeadChangedBack => Changes.Count > 1;

    public Standing<T>? In(int year) => Standings.FirstOrDefault(s => s.Year == year);

    /// <summary>The standing of the last year both entities have a value for; null when they share no year.</summary>
    public Standing<T>? Latest => Standings.Count == 0 ? null : Standings[^1];
}

/// <summary>Who passed whom, in which year, by how much, and whether the lead changed back.</summary>
public static class Overtaking
{
    /// <param name="aName">The first entity's id.</param>
    /// <param name="a">Annual values of the first entity by year.</param>
    /// <param name="bName">The second entity's id.</param>
    /// <param name="b">Annual values of the second entity by year. Only years both have are compared.</param>
    public static OvertakingResult<T> Compare<T>(string aName, IReadOnlyDictionary<int, T> a, string bName, IReadOnlyDictionary<int, T> b)
        where T : IComparisonOperators<T, T, bool>, ISubtractionOperators<T, T, T>
    {
        var standings = a.Keys.Intersect(b.Keys).Order()
            .Select(y => a[y] >= b[y]
                ? new Standing<T>(y, aName, bName, a[y], b[y])
                : new Standing<T>(y, bName, aName, b[y], a[y]))
            .ToArray();
        var changes = new List<LeadChange<T>>();
        for (var i = 1; i < standings.Length; i++)
            if (standings[i].Leader != standings[i - 1].Leader)
                changes.Add(new LeadChange<T>(standings[i].Year, standings[i].Leader, standings[i].Trailer, standings[i].Margin));
        return new OvertakingResult<T>(standings, changes);
    }
}
