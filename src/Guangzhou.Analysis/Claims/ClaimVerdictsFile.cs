using System.Text;

namespace Guangzhou.Analysis.Claims;

/// <summary>
/// Writes verdicts as CSV, one row per claim, atomically (a reader never sees half a file): the verdict on final figures,
/// the grade of the evidence it rests on, the verdict on the figures first published before the article, the vintage, and the evidence chain
/// claim → observation → document → where it was read.
/// </summary>
public static class ClaimVerdictsFile
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "claim_id", "theme", "quote", "value", "unit", "qualifier", "entity", "series", "period", "verdict", "grade", "verdict_before_article",
        "verdict_final", "summary", "vintage", "observed", "evidence_sources", "evidence_chain", "would_confirm", "explanation",
    ];

    /// <summary>One link of the chain per evidence row: <c>data/gdp.csv:12 gdp chongqing 2022 = 29129.03 億元 [first] ← 重庆市统计局, «title», 2023-03-17 (StatisticsCommunique) ← read original at https://… on 2026-11-28</c>.</summary>
    public static string Chain(DataSet data, Observation o)
    {
        var source = data.SourceOf(o);
        var d = source.Document;
        return $"{o.Location} {o.Series} {o.Entity} {o.Period} = {o.Quantity} [{o.Vintage}] ← {d.Publisher}, «{d.Title}», "
               + $"{(d.Published.Length > 0 ? d.Published : "undated")} ({d.Kind}) ← read {(source.Reading == Reading.Original ? "original" : "reprint")} ({source.HostKind.Id()} host; grade {source.Grade.Id()}) at {source.Url} on {source.Accessed}";
    }

    public static string ToCsv(DataSet data, IEnumerable<ClaimVerdict> verdicts)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", Columns)).Append('\n');
        foreach (var v in verdicts)
        {
            var c = v.Claim;
            string[] cells =
            [
                c.Id, c.Theme, c.Quote, c.Stated.Value.ToString(CultureInfo.InvariantCulture), c.Stated.Unit.Symbol(),
                c.Qualifier.ToString().ToLowerInvariant(), c.Entity, c.Series, c.Period.ToString(), v.Verdict.Id(), v.Grade?.Id() ?? "",
                v.BeforeArticle?.Verdict.Id() ?? "", v.Final?.Verdict.Id() ?? "", v.Summary, v.Vintage,
                v.Observed?.ToString() ?? "", string.Join(";", v.EvidenceSources),
                string.Join(" | ", v.Evidence.Select(o => $"{c.Id} → {Chain(data, o)}")),
                v.Verdict == Verdict.Unconfirmed ? c.WouldConfirm : "", v.Explanation,
            ];
            sb.Append(string.Join(",", cells.Select(Escape))).Append('\n');
        }
        return sb.ToString();
    }

    private static string Escape(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    public static void Write(string path, DataSet data, IEnumerable<ClaimVerdict> verdicts)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, ToCsv(data, verdicts), new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }
}
