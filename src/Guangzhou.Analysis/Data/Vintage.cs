namespace Guangzhou.Analysis.Data;

/// <summary>
/// Which release of a figure a row holds. Chinese statistics publish a year's GDP first as 初步核算, then as 最終核實 about a
/// year later, and revise it again after a census; growth targets and company figures are published once.
/// </summary>
public enum VintageKind
{
    /// <summary>預計: an estimate published before the statistics (e.g. in a work report delivered in January).</summary>
    Estimate,
    /// <summary>First published: 初步核算, a first release, or a target or company figure as announced.</summary>
    FirstPublished,
    /// <summary>最終核實: the final verification of a statistics figure.</summary>
    FinalVerified,
    /// <summary>修訂: a revision after the final figure (e.g. after an economic census), with the year it was published.</summary>
    Revised,
}

/// <summary>A vintage as written in data/ (<c>estimate</c>, <c>first</c>, <c>final</c>, <c>revised-2025</c>); later vintages sort after earlier ones.</summary>
public sealed record Vintage(VintageKind Kind, int? RevisionYear = null) : IComparable<Vintage>
{
    public static readonly Vintage Estimate = new(VintageKind.Estimate);
    public static readonly Vintage FirstPublished = new(VintageKind.FirstPublished);
    public static readonly Vintage FinalVerified = new(VintageKind.FinalVerified);

    public static Vintage RevisedIn(int year) => new(VintageKind.Revised, year);

    public const string Grammar = "estimate, first, final or revised-YYYY (the year the revision was published)";

    public static bool TryParse(string text, out Vintage vintage)
    {
        vintage = FirstPublished;
        switch (text.Trim())
        {
            case "estimate": vintage = Estimate; return true;
            case "first": vintage = FirstPublished; return true;
            case "final": vintage = FinalVerified; return true;
        }
        var t = text.Trim();
        if (t.StartsWith("revised-", StringComparison.Ordinal) && t.Length == "revised-".Length + 4
            && int.TryParse(t.AsSpan("revised-".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1949)
        {
            vintage = RevisedIn(year);
            return true;
        }
        return false;
    }

    /// <summary>Whether a statistics office could still replace this figure by a later release (estimates and first releases).</summary>
    public bool IsPreliminary => Kind is VintageKind.Estimate or VintageKind.FirstPublished;

    public int CompareTo(Vintage? other) =>
        other is null ? 1 : Kind != other.Kind ? Kind.CompareTo(other.Kind) : (RevisionYear ?? 0).CompareTo(other.RevisionYear ?? 0);

    public static bool operator <(Vintage? a, Vintage? b) => Compare(a, b) < 0;
    public static bool operator <=(Vintage? a, Vintage? b) => Compare(a, b) <= 0;
    public static bool operator >(Vintage? a, Vintage? b) => Compare(a, b) > 0;
    public static bool operator >=(Vintage? a, Vintage? b) => Compare(a, b) >= 0;

    private static int Compare(Vintage? a, Vintage? b) => a is null ? (b is null ? 0 : -1) : a.CompareTo(b);

    public override string ToString() => Kind switch
    {
        VintageKind.Estimate => "estimate",
        VintageKind.FirstPublished => "first",
        VintageKind.FinalVerified => "final",
        VintageKind.Revised => $"revised-{RevisionYear}",
        _ => throw new InvalidOperationException(),
    };

    /// <summary>How a verdict or a figure note names the vintage.</summary>
    public string Describe(Language language) => (Kind, language) switch
    {
        (VintageKind.Estimate, Language.Chinese) => "預計數",
        (VintageKind.FirstPublished, Language.Chinese) => "初步核算（首次公布）數",
        (VintageKind.FinalVerified, Language.Chinese) => "最終核實數",
        (VintageKind.Revised, Language.Chinese) => $"{RevisionYear}年修訂數",
        (VintageKind.Estimate, _) => "estimate",
        (VintageKind.FirstPublished, _) => "first published",
        (VintageKind.FinalVerified, _) => "final verified",
        (VintageKind.Revised, _) => $"revised in {RevisionYear}",
        _ => throw new InvalidOperationException(),
    };
}

/// <summary>
/// Which vintage a query wants when several releases of a figure exist, and optionally only what was in print by a date.
/// <see cref="Latest"/> (the default) is the best current knowledge; <see cref="FirstPublished"/> is what the first
/// releases said, the figures a reporter writing soon after them would have had.
/// </summary>
public sealed record VintagePreference(bool PreferLatest, PublicationDate? PublishedBy = null)
{
    public static readonly VintagePreference Latest = new(true);
    public static readonly VintagePreference FirstPublished = new(false);

    /// <summary>The first-published figures that were out by <paramref name="date"/>.</summary>
    public static VintagePreference FirstPublishedBy(PublicationDate date) => new(false, date);

    /// <summary>The newest figures in print by <paramref name="date"/>.</summary>
    public static VintagePreference LatestBy(PublicationDate date) => new(true, date);

    /// <summary>Sort key: smaller is preferred.</summary>
    internal int Rank(Vintage v) => PreferLatest
        ? -((int)v.Kind * 10_000 + (v.RevisionYear ?? 0))
        : v.Kind switch { VintageKind.FirstPublished => 0, VintageKind.Estimate => 1, VintageKind.FinalVerified => 2, _ => 3 + (v.RevisionYear ?? 0) };

    /// <summary>
    /// Whether a row was in print by the cut-off. A document dated on or before it was; so was a first release or estimate of a
    /// period that had ended by then, even when we read it in a later document (the first release precedes any report of it).
    /// </summary>
    internal bool Admits(Observation o, Document document)
    {
        if (PublishedBy is not { } by) return true;
        if (document.PublishedOn is { } d && d.IsOnOrBefore(by)) return true;
        return o.Vintage.IsPreliminary && o.Period.EndYear < by.Year;
    }

    public string Describe(Language language) => (PreferLatest, PublishedBy, language) switch
    {
        (true, null, Language.Chinese) => "最新數（最終核實或修訂數優先）",
        (true, null, _) => "latest figures (final or revised where published)",
        (false, null, Language.Chinese) => "首次公布數",
        (false, null, _) => "first-published figures",
        (true, { } d, Language.Chinese) => $"{d}前已發表的最新數",
        (true, { } d, _) => $"latest figures in print by {d}",
        (false, { } d, Language.Chinese) => $"{d}前已發表的首次公布數",
        (false, { } d, _) => $"first-published figures in print by {d}",
    };
}
