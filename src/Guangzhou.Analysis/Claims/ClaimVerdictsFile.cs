using System.Globalization;
using System.Text;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Claims;

/// <summary>Writes verdicts as CSV, one row per claim, atomically (a reader never sees half a file).</summary>
public static class ClaimVerdictsFile
{
    public static readonly IReadOnlyList<string> Columns =
        ["claim_id", "theme", "quote", "value", "unit", "qualifier", "entity", "series", "period", "verdict", "observed", "evidence_sources", "explanation"];

    public static string ToCsv(IEnumerable<ClaimVerdict> verdicts)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", Columns)).Append('\n');
        foreach (var v in verdicts)
        {
            var c = v.Claim;
            string[] cells =
            [
                c.Id, c.Theme, c.Quote, c.Stated.Value.ToString(CultureInfo.InvariantCulture), c.Stated.Unit.Symbol(),
                c.Qualifier.ToString().ToLowerInvariant(), c.Entity, c.Series, c.Period.ToString(), v.Verdict.Id(),
                v.Observed?.ToString() ?? "", string.Join(";", v.EvidenceSources), v.Explanation,
            ];
            sb.Append(string.Join(",", cells.Select(Escape))).Append('\n');
        }
        return sb.ToString();
    }

    private static string Escape(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    public static void Write(string path, IEnumerable<ClaimVerdict> verdicts)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, ToCsv(verdicts), new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }
}
