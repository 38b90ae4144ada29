using Guangzhou.Analysis.Claims;
using Guangzhou.Analysis.Data;

namespace Guangzhou.Analysis.Stories;

/// <summary>Verdicts for every claim, and counts by theme for the overview.</summary>
public static class FactCheck
{
    public static IReadOnlyList<ClaimVerdict> Verdicts(DataSet data) => new ClaimChecker(data).CheckAll();

    public static IReadOnlyList<(string Theme, Verdict Verdict, int Count)> ByTheme(IEnumerable<ClaimVerdict> verdicts) =>
        verdicts.GroupBy(v => (v.Claim.Theme, v.Verdict)).Select(g => (g.Key.Theme, g.Key.Verdict, g.Count()))
            .OrderBy(t => t.Theme, StringComparer.Ordinal).ThenBy(t => t.Verdict).ToArray();
}
