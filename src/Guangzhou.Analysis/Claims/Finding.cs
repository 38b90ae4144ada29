namespace Guangzhou.Analysis.Claims;

/// <summary>
/// What one check found on one view of the data: the verdict, the value observed, every row consulted, the rows that
/// decide (the top row of a single figure; both levels of each year a standing turns on; every ranked peer) and why.
/// </summary>
internal sealed record Finding(Verdict Verdict, Quantity? Observed, IReadOnlyList<Observation> Evidence, IReadOnlyList<Observation> Deciding, string Why)
{
    /// <summary>The broader series the finding was judged on where the entity publishes no row of the claim's own; empty otherwise.</summary>
    public string StandIn { get; init; } = "";

    /// <summary>The grade where the evidence is not observations (a plan's list of items): the weakest of their readings.</summary>
    public EvidenceGrade? ListGrade { get; init; }

    public static Finding Unconfirmed(string why) => new(Verdict.Unconfirmed, null, [], [], why);
}
