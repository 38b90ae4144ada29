namespace Guangzhou.Analysis.Claims;

/// <summary>The figures a judgment rests on: those first published before the article appeared, or the final ones known now.</summary>
public enum VintageView { BeforeArticle, Final }

/// <summary>A claim judged on one vintage of the data.</summary>
public sealed record Judgment(
    VintageView View, VintagePreference Preference, Verdict Verdict, Quantity? Observed, IReadOnlyList<Observation> Evidence, string Explanation)
{
    /// <summary>The rows that decide: the top-ranked row for a single figure, every row for ranks and standings.</summary>
    public IReadOnlyList<Observation> Deciding { get; init; } = Evidence;

    /// <summary>The vintages of the deciding rows, latest first; empty without evidence.</summary>
    public IReadOnlyList<Vintage> Vintages => Deciding.Select(e => e.Vintage).Distinct().OrderDescending().ToArray();

    public string VintageLabel => Vintages.Count == 0 ? "" : string.Join(" + ", Vintages.Select(v => v.Describe(Language.English)));

    public string ViewLabel => View == VintageView.BeforeArticle ? "first-published figures (in print before the article)" : "final figures (the latest known)";
}

/// <summary>
/// A claim, what independent data say about it, and the rows that say so. <see cref="Verdict"/> is the judgment on the
/// final figures; <see cref="BeforeArticle"/> is the judgment on what was first published before the article, and
/// <see cref="Summary"/> states both where they disagree.
/// </summary>
public sealed record ClaimVerdict(Claim Claim, Verdict Verdict, Quantity? Observed, IReadOnlyList<Observation> Evidence, string Explanation)
{
    public Judgment? BeforeArticle { get; init; }
    public Judgment? Final { get; init; }

    public IEnumerable<string> EvidenceSources => Evidence.Select(e => e.SourceId).Distinct();

    public bool VintagesDisagree => BeforeArticle is { } b && Final is { } f && b.Verdict != f.Verdict;

    /// <summary>The vintage the verdict rests on, e.g. "first published" or "final verified + first published".</summary>
    public string Vintage => VintagesDisagree
        ? $"before the article: {BeforeArticle!.VintageLabel}; final: {Final!.VintageLabel}"
        : Final?.VintageLabel ?? "";

    /// <summary>The verdict as a reader should see it: "confirmed", or "confirmed on first-published figures, contradicted by final figures".</summary>
    public string Summary => VintagesDisagree
        ? $"{BeforeArticle!.Verdict.Id()} on first-published figures (before the article), {Final!.Verdict.Id()} by final figures"
        : Verdict.Id();
}
