namespace Guangzhou.Analysis.Stories;

/// <summary>A verdict category and how many claims fall in it.</summary>
public sealed record CategoryCount(string Category, int Count);

/// <summary>One claim as the fact-check table shows it: what the article says, the verdict with its strength, and the chain.</summary>
public sealed record VerdictRow(string Theme, string Quote, string Stated, string Verdict, string Grade, string Vintage, string Observed, string Evidence);

/// <summary>The fact check's sentences and tables, built from the verdicts so that notebooks print them in one line each.</summary>
public static partial class FactCheck
{
    /// <summary>How many claims fall in each category, strongest evidence first; empty categories are left out.</summary>
    public static IReadOnlyList<CategoryCount> Counts(IReadOnlyCollection<ClaimVerdict> verdicts, Language l) =>
        VerdictWords.Categories.Select(c => new CategoryCount(l == Language.Chinese ? c.Zh : c.En,
                verdicts.Count(v => VerdictWords.Category(v, Language.English) == c.En)))
            .Where(c => c.Count > 0)
            .Append(new CategoryCount(l == Language.Chinese ? "合計" : "total", verdicts.Count))
            .ToArray();

    /// <summary>Every claim with its verdict, grade, vintage and evidence chain, by theme and verdict.</summary>
    public static IReadOnlyList<VerdictRow> Table(DataSet data, IEnumerable<ClaimVerdict> verdicts, Language l) =>
        verdicts.OrderBy(v => v.Claim.Theme, StringComparer.Ordinal).ThenBy(v => v.Verdict)
            .Select(v => new VerdictRow(v.Claim.Theme, v.Claim.Quote, v.Claim.Stated.ToString(), VerdictWords.Summary(v, l),
                v.Grade?.Id() ?? "", v.Vintage, v.Observed?.ToString() ?? "",
                string.Join(" | ", v.Evidence.Select(o => ClaimVerdictsFile.Chain(data, o)))))
            .ToArray();

    /// <summary>The overall finding in one sentence.</summary>
    public static string Overview(IReadOnlyCollection<ClaimVerdict> verdicts, Language l)
    {
        int N(Func<ClaimVerdict, bool> p) => verdicts.Count(p);
        var official = N(v => v.Verdict == Verdict.Confirmed && v.Grade is EvidenceGrade.Official or EvidenceGrade.OfficialReprint);
        var supported = N(v => v.Verdict == Verdict.Confirmed) - official;
        var (close, disputed, wrong, open, inconsistent) = (N(v => v.Verdict == Verdict.Close), N(v => v.Verdict == Verdict.Disputed),
            N(v => v.Verdict == Verdict.Contradicted), N(v => v.Verdict == Verdict.Unconfirmed), N(v => v.Verdict == Verdict.InternallyInconsistent));
        return l == Language.Chinese
            ? $"{verdicts.Count}個數字中，{official}個獲官方文件證實，{supported}個僅獲媒體或弱來源支持，{close}個接近，{disputed}個有爭議，{wrong}個不符，{inconsistent}個自相矛盾，{open}個未能以獨立來源核實。"
            : $"Of {verdicts.Count} claims, {official} are confirmed by official documents, {supported} supported only by media or weak sources, {close} close, {disputed} disputed, {wrong} contradicted, {inconsistent} internally inconsistent, and {open} could not be checked against an independent source.";
    }

    /// <summary>What a reporter would need to close an unconfirmed claim.</summary>
    public static IReadOnlyList<string> ToConfirm(IEnumerable<ClaimVerdict> verdicts) =>
        verdicts.Where(v => v.Verdict == Verdict.Unconfirmed)
            .Select(v => $"- {v.Claim.Quote} → {v.Explanation}" + (v.Claim.WouldConfirm.Length > 0 ? $" To confirm: {v.Claim.WouldConfirm}" : ""))
            .ToArray();

    /// <summary>Disputed claims, claims whose vintages disagree, and contradictions, each with its reasoning.</summary>
    public static IReadOnlyList<string> Conflicts(IEnumerable<ClaimVerdict> verdicts) =>
        verdicts.Where(v => v.Verdict is Verdict.Disputed or Verdict.Contradicted or Verdict.InternallyInconsistent || v.VintagesDisagree)
            .OrderBy(v => v.Verdict)
            .Select(v => $"- [{v.Summary}] {v.Claim.Quote} → {v.Explanation}")
            .ToArray();

    /// <summary>The documents that may be the article's own sources, and the claims whose figures they carry.</summary>
    public static IReadOnlyList<string> PossibleSourcesOfTheArticle(DataSet data) =>
        ArticleIndependence.Explain(data).Select(p =>
        {
            var d = data.Sources.Values.First(s => s.Document.Id == p.DocumentId).Document;
            return $"- {d.Id} ({d.PublisherEn}, «{d.Title}», {d.Published}): carries the article's figures for {string.Join(", ", p.Claims)}; it can explain them, not confirm them.";
        }).ToArray();

    /// <summary>
    /// The latest period of GDP held for each city, e.g. "Guangzhou 2025; Chongqing 2025Q1-Q3": the fact check is as recent
    /// as these and says so rather than implying later figures were looked at and found wanting.
    /// </summary>
    public static string LatestHeld(DataSet data, IEnumerable<string> cities, Language l)
    {
        static int End(Period p) => p.EndYear * 12 + p.Kind switch { PeriodKind.Quarters => p.To * 3, PeriodKind.Months => p.To, _ => 12 };
        var latest = cities.Select(c => (City: c, Period: data.Find("gdp", c).Where(o => !data.SourceOf(o).IsArticle)
                .Select(o => o.Period).OrderByDescending(End).ThenBy(p => p.IsFullYear ? 0 : 1).FirstOrDefault()))
            .Where(x => x.Period is not null).ToArray();
        return l == Language.Chinese
            ? "所持最新GDP數據：" + string.Join("；", latest.Select(x => $"{data.EntityName(x.City, l)}{x.Period!.ToChinese()}")) + "。"
            : "Latest GDP figures held: " + string.Join("; ", latest.Select(x => $"{data.EntityName(x.City, l)} {x.Period}")) + ".";
    }
}
