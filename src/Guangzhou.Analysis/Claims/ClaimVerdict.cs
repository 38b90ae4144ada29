namespace Guangzhou.Analysis.Claims;

/// <summary>The figures a judgment rests on: those first published before the article appeared, or the final ones known now.</summary>
public enum VintageView { BeforeArticle, Final }

/// <summary>A claim judged on one vintage of the data.</summary>
public sealed record Judgment(
    VintageView View, VintagePreference Preference, Verdict Verdict, Quantity? Observed, IReadOnlyList<Observation> Evidence, string Explanation)
{
    /// <summary>The rows that decide: the top-ranked row for a single figure, the rows each standing turns on, every ranked peer.</summary>
    public IReadOnlyList<Observation> Deciding { get; init; } = Evidence;

    /// <summary>The weakest grade among the deciding rows: what the judgment can carry. Null without evidence.</summary>
    public EvidenceGrade? Grade { get; init; }

    /// <summary>The broader series judged on where the entity publishes none of the claim's own (see <see cref="SeriesDefinition.StandsInFor"/>).</summary>
    public string StandIn { get; init; } = "";

    /// <summary>The vintages of the deciding rows, latest first; empty without evidence.</summary>
    public IReadOnlyList<Vintage> Vintages => Deciding.Select(e => e.Vintage).Distinct().OrderDescending().ToArray();

    public string VintageLabel => Vintages.Count == 0 ? "" : string.Join(" + ", Vintages.Select(v => v.Describe(Language.English)));

    /// <summary>What the judgment rests on: "final figures" only when a deciding row is final or revised.</summary>
    public string ViewLabel => View == VintageView.BeforeArticle ? "first-published figures (in print before the article)"
        : Deciding.Count > 0 && Deciding.All(o => o.Vintage.IsPreliminary) ? "the latest figures (first published; none final yet)"
        : "final figures (the latest known)";
}

/// <summary>What disputes a verdict: weaker evidence that says otherwise.</summary>
public sealed record Dispute(Verdict Standing, Verdict Challenge, string What, int Sources, string Grades);

/// <summary>
/// A claim, what independent data say about it, and the rows that say so. <see cref="Verdict"/> is the judgment on the
/// final figures; <see cref="BeforeArticle"/> is the judgment on what was first published before the article, and
/// <see cref="Summary"/> states both where they disagree, with the grade of the evidence each rests on.
/// </summary>
public sealed record ClaimVerdict(Claim Claim, Verdict Verdict, Quantity? Observed, IReadOnlyList<Observation> Evidence, string Explanation)
{
    public Judgment? BeforeArticle { get; init; }
    public Judgment? Final { get; init; }

    /// <summary>For a disputed claim: the weaker judgment that disputes it.</summary>
    public Judgment? Challenge { get; init; }

    public Dispute? DisputedBy { get; init; }

    public IEnumerable<string> EvidenceSources => Evidence.Select(e => e.SourceId).Distinct();

    public bool VintagesDisagree => Verdict != Verdict.Disputed && BeforeArticle is { } b && Final is { } f && b.Verdict != f.Verdict;

    /// <summary>The grade of the evidence the verdict rests on; null for claims without evidence (unconfirmed, plan arithmetic).</summary>
    public EvidenceGrade? Grade => Verdict is Verdict.Unconfirmed or Verdict.InternallyInconsistent ? null : Final?.Grade;

    /// <summary>The vintage the verdict rests on, e.g. "first published" or "final verified + first published".</summary>
    public string Vintage => VintagesDisagree
        ? $"before the article: {BeforeArticle!.VintageLabel}; final: {Final!.VintageLabel}"
        : Verdict == Verdict.Disputed ? $"{Final?.VintageLabel}; disputed by: {Challenge?.VintageLabel}"
        : Final?.VintageLabel ?? "";

    /// <summary>
    /// The verdict as a reader should see it, with the strength of its evidence: "confirmed by an official statistics
    /// communiqué read at its publisher's site", "supported by media reports only", "confirmed on first-published figures,
    /// contradicted by final figures", "disputed: … — unconfirmed".
    /// </summary>
    public string Summary => VerdictWords.Summary(this, Language.English);
}
