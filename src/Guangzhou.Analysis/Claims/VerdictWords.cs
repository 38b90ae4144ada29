namespace Guangzhou.Analysis.Claims;

/// <summary>The sentence a reader sees for a verdict: what it says and how strong the evidence behind it is, in either language.</summary>
public static class VerdictWords
{
    public static string Summary(ClaimVerdict v, Language l) =>
        Words(v, l) + (v.Final?.StandIn is { Length: > 0 } s
            ? l == Language.Chinese ? $"；按較寬口徑（{s}）" : $" — on a broader definition ({s}, not the article's {v.Claim.Series})"
            : "");

    private static string Words(ClaimVerdict v, Language l)
    {
        var zh = l == Language.Chinese;
        if (v.Verdict == Verdict.Disputed && v.DisputedBy is { } d && v.Final is { } s)
        {
            var on = s.ViewLabel.StartsWith("first", StringComparison.Ordinal) ? (zh ? "按首次公布數" : "on first-published figures") : (zh ? "按最新數" : "on the latest figures");
            var turn = d.Challenge == Verdict.Contradicted ? (zh ? "推翻" : "reverse") : (zh ? "改變" : "change");
            var what = d.What == "final figures" ? (zh ? "最終核實數" : "final verification") : (zh ? "另一報道" : "another report");
            var count = zh ? $"{d.Sources}個較弱來源" : d.Sources == 1 ? "one weaker source" : $"{d.Sources} weaker sources";
            return zh
                ? $"有爭議：{on}{d.Standing.Chinese()}（{Basis(s.Grade, l)}）；{count}稱{what}{turn}此結論（{d.Grades}），未能證實"
                : $"disputed: {d.Standing.Id()} {on} ({Basis(s.Grade, l)}); {what} reported to {turn} it by {count} ({d.Grades}) — unconfirmed";
        }
        if (v.VintagesDisagree)
        {
            // The final view differs either by a later vintage or only by figures published after the article.
            var revised = v.Final!.Deciding.Any(o => !o.Vintage.IsPreliminary);
            return zh
                ? $"按報道前首次公布數{v.BeforeArticle!.Verdict.Chinese()}，按{(revised ? "最終數" : "報道後發表的數字")}{v.Final.Verdict.Chinese()}（{Basis(v.Final.Grade, l)}）"
                : $"{v.BeforeArticle!.Verdict.Id()} on first-published figures (before the article), {v.Final.Verdict.Id()} by {(revised ? "final figures" : "figures published since")} ({Basis(v.Final.Grade, l)})";
        }
        return (v.Verdict, v.Grade, zh) switch
        {
            (Verdict.Confirmed, EvidenceGrade.Media, false) => "supported by media reports only",
            (Verdict.Confirmed, EvidenceGrade.Media, true) => "僅獲媒體報道支持",
            (Verdict.Confirmed, EvidenceGrade.Weak, false) => "supported only by weak sources (self-media, aggregators, spam mirrors)",
            (Verdict.Confirmed, EvidenceGrade.Weak, true) => "僅獲弱來源支持（自媒體、聚合網站、垃圾鏡像）",
            (Verdict.Confirmed, { } g, false) => $"confirmed by {Basis(g, l)}",
            (Verdict.Confirmed, { } g, true) => $"屬實（{Basis(g, l)}）",
            (Verdict.Close or Verdict.Contradicted, { } g, false) => $"{v.Verdict.Id()}, on {Basis(g, l)}",
            (Verdict.Close or Verdict.Contradicted, { } g, true) => $"{v.Verdict.Chinese()}（{Basis(g, l)}）",
            (_, _, false) => v.Verdict.Id(),
            (_, _, true) => v.Verdict.Chinese(),
        };
    }

    /// <summary>The evidence a grade stands for, as the verdict names it.</summary>
    public static string Basis(EvidenceGrade? grade, Language l) => grade?.Describe(l) ?? (l == Language.Chinese ? "無證據" : "no evidence");

    /// <summary>The reader's category of a verdict, for counts and the overview figure: confirmations split by grade.</summary>
    public static string Category(ClaimVerdict v, Language l) => (v.Verdict, v.Grade, l == Language.Chinese) switch
    {
        (Verdict.Confirmed, EvidenceGrade.Official, false) => "confirmed (official)",
        (Verdict.Confirmed, EvidenceGrade.Official, true) => "屬實（官方原文）",
        (Verdict.Confirmed, EvidenceGrade.OfficialReprint, false) => "confirmed (official, reprinted)",
        (Verdict.Confirmed, EvidenceGrade.OfficialReprint, true) => "屬實（官方轉載）",
        (Verdict.Confirmed, EvidenceGrade.Media, false) => "supported by media only",
        (Verdict.Confirmed, EvidenceGrade.Media, true) => "僅媒體支持",
        (Verdict.Confirmed, _, false) => "supported by weak sources only",
        (Verdict.Confirmed, _, true) => "僅弱來源支持",
        (_, _, false) => v.Verdict.Id(),
        (_, _, true) => v.Verdict.Chinese(),
    };

    /// <summary>Every category in display order, strongest first.</summary>
    public static IReadOnlyList<(string En, string Zh)> Categories { get; } =
    [
        ("confirmed (official)", "屬實（官方原文）"), ("confirmed (official, reprinted)", "屬實（官方轉載）"),
        ("supported by media only", "僅媒體支持"), ("supported by weak sources only", "僅弱來源支持"),
        ("close", "接近"), ("disputed", "有爭議"), ("contradicted", "不符"), ("unconfirmed", "未能證實"), ("internally inconsistent", "自相矛盾"),
    ];
}
