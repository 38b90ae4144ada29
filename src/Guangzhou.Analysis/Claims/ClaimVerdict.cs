using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Claims;

/// <summary>A claim, what independent data say about it, and the rows that say so.</summary>
public sealed record ClaimVerdict(Claim Claim, Verdict Verdict, Quantity? Observed, IReadOnlyList<Observation> Evidence, string Explanation)
{
    public IEnumerable<string> EvidenceSources => Evidence.Select(e => e.SourceId).Distinct();
}
