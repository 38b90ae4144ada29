using Guangzhou.Analysis.Claims;
using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Units;
using nietras.SeparatedValues;

namespace Guangzhou.Analysis.Tests.Claims;

public sealed class ClaimVerdictsFileTests : IDisposable
{
    private readonly TestData _data = new();
    private readonly DataSet _set;
    private readonly IReadOnlyList<ClaimVerdict> _verdicts;

    public ClaimVerdictsFileTests()
    {
        _set = _data.Load();
        _verdicts = new ClaimChecker(_set).CheckAll();
    }

    public void Dispose() => _data.Dispose();

    [Fact]
    public void ToCsv_header_and_plain_row()
    {
        var csv = ClaimVerdictsFile.ToCsv(_set, _verdicts);
        var lines = csv.Split('\n');
        Assert.Equal(string.Join(",", ClaimVerdictsFile.Columns), lines[0]);
        Assert.Equal("", lines[^1]); // ends with a newline
        Assert.Equal(_verdicts.Count + 2, lines.Length);
        var row = Parse(csv).Single(r => r["claim_id"] == "gz_gdp_growth_2024");
        Assert.Equal("confirmed", row["verdict"]);
        Assert.Equal("confirmed", row["verdict_before_article"]);
        Assert.Equal("confirmed", row["verdict_final"]);
        Assert.Equal("official", row["grade"]);
        Assert.Equal("confirmed by an official document read at its publisher's site", row["summary"]);
        Assert.Equal("first published", row["vintage"]);
        Assert.Equal("2.1%", row["observed"]);
        Assert.Equal("gz_stats_2024;media_x", row["evidence_sources"]);
        Assert.Equal(
            $"gz_gdp_growth_2024 → {_data.Display("gdp.csv")}:14 gdp_real_growth guangzhou 2024 = 2.1% [first] ← 廣州市統計局, «2024年廣州市國民經濟和社會發展統計公報», 2025-03 (StatisticsCommunique) ← read original (publisher host; grade official) at https://tjj.gz.gov.cn/a on 2025-06-01"
            + $" | gz_gdp_growth_2024 → {_data.Display("gdp.csv")}:15 gdp_real_growth guangzhou 2024 = 2.0% [first] ← 某報, «某報道», 2025-04 (Media) ← read original (publisher host; grade media) at https://example.com/x on 2025-06-01",
            row["evidence_chain"]);
        Assert.Equal("", row["would_confirm"]);
    }

    [Fact]
    public void ToCsv_quotes_cells_with_commas_and_doubles_quotes()
    {
        var csv = ClaimVerdictsFile.ToCsv(_set, _verdicts);
        var line = csv.Split('\n').Single(l => l.StartsWith("gz_innovation_budget_2025,", StringComparison.Ordinal));
        Assert.StartsWith(
            "gz_innovation_budget_2025,fiscal,\"廣州今年將投入逾140億元（人民幣，下同）, \"\"全過程\"\"\",140,億元,over,guangzhou,innovation_budget,2025,"
            + "unconfirmed,,unconfirmed,unconfirmed,unconfirmed,,,,,,No independent source found for innovation_budget of guangzhou in 2025.",
            line);
        var total = Parse(csv).Single(r => r["claim_id"] == "gz_cluster_total");
        Assert.StartsWith("The article's tiers are floors: its 3 named clusters come to at least 2 萬億元, ", total["explanation"]);
    }

    [Fact]
    public void A_claim_whose_vintages_disagree_states_both()
    {
        // A final-verified 2022 margin reverses the first-published 2022 lead: the pass the claim dates to 2022 comes only in 2024.
        // A final margin from a document as strong as the first-published levels (the bureau's own) overturns them.
        _data.Write("gdp.csv", TestData.GdpCsv.ReplaceLineEndings("\n") + "gdp_lead_over_chongqing,guangzhou,2022,263,億元,final,gz_stats_2024,依然落後廣州約263億元,\n");
        _data.Write(DataFiles.Series, TestData.SeriesCsv.ReplaceLineEndings("\n").TrimEnd('\n') + "\ngdp_lead_over_chongqing,億元,領先重慶,GDP lead over Chongqing,Margin,\n");
        var set = _data.Load();
        var v = new ClaimChecker(set).CheckAll().Single(x => x.Claim.Id == "cq_passed_gz_gdp");
        Assert.Equal(Verdict.Contradicted, v.Verdict);
        Assert.Equal(Verdict.Confirmed, v.BeforeArticle!.Verdict);
        Assert.True(v.VintagesDisagree);
        Assert.Equal("confirmed on first-published figures (before the article), contradicted by final figures (an official document read at its publisher's site)", v.Summary);
        Assert.Equal("before the article: first published; final: final verified + first published", v.Vintage);
        Assert.Equal(new Quantity(1m, Unit.Years), v.Observed);
        var row = Parse(ClaimVerdictsFile.ToCsv(set, [v])).Single();
        Assert.Equal("contradicted", row["verdict"]);
        Assert.Equal("confirmed", row["verdict_before_article"]);
        Assert.Contains("2022 guangzhou +263 (final verified, stated margin)", row["explanation"]);
    }

    private static List<Dictionary<string, string>> Parse(string csv)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>();
            foreach (var c in ClaimVerdictsFile.Columns) cells[c] = row[c].ToString();
            rows.Add(cells);
        }
        return rows;
    }

    [Fact]
    public void Write_is_atomic_and_writes_one_row_per_claim()
    {
        var dir = Path.Combine(Path.GetDirectoryName(_data.Directory)!, "artifacts", "verdicts");
        var path = Path.Combine(dir, "claims.csv");
        ClaimVerdictsFile.Write(path, _set, _verdicts);

        Assert.True(File.Exists(path));
        Assert.False(File.Exists(path + ".tmp"));
        Assert.Equal(["claims.csv"], Directory.GetFiles(dir).Select(Path.GetFileName));
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]); // no BOM

        var rows = ReadRows(path);
        Assert.Equal(_verdicts.Select(v => v.Claim.Id), rows.Select(r => r["claim_id"]));
        var budget = rows.Single(r => r["claim_id"] == "gz_innovation_budget_2025");
        Assert.Equal("廣州今年將投入逾140億元（人民幣，下同）, \"全過程\"", budget["quote"]);
        Assert.Equal("unconfirmed", budget["verdict"]);
        Assert.Equal("", budget["observed"]);
        Assert.Equal("unconfirmed", rows.Single(r => r["claim_id"] == "gz_cluster_total")["verdict"]);
    }

    [Fact]
    public void Write_replaces_an_existing_file()
    {
        var path = Path.Combine(Path.GetDirectoryName(_data.Directory)!, "verdicts.csv");
        ClaimVerdictsFile.Write(path, _set, _verdicts);
        ClaimVerdictsFile.Write(path, _set, _verdicts.Take(1));
        Assert.False(File.Exists(path + ".tmp"));
        Assert.Equal(["gz_gdp_growth_2024"], ReadRows(path).Select(r => r["claim_id"]));
    }

    private static List<Dictionary<string, string>> ReadRows(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        Assert.Equal(ClaimVerdictsFile.Columns, reader.Header.ColNames);
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>();
            foreach (var c in ClaimVerdictsFile.Columns) cells[c] = row[c].ToString();
            rows.Add(cells);
        }
        return rows;
    }
}
