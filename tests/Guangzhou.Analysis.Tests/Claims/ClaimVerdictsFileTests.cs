using Guangzhou.Analysis.Claims;
using Guangzhou.Analysis.Data;
using nietras.SeparatedValues;

namespace Guangzhou.Analysis.Tests.Claims;

public sealed class ClaimVerdictsFileTests : IDisposable
{
    private readonly TestData _data = new();
    private readonly IReadOnlyList<ClaimVerdict> _verdicts;

    public ClaimVerdictsFileTests() => _verdicts = new ClaimChecker(_data.Load()).CheckAll();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void ToCsv_header_and_plain_row()
    {
        var lines = ClaimVerdictsFile.ToCsv(_verdicts).Split('\n');
        Assert.Equal("claim_id,theme,quote,value,unit,qualifier,entity,series,period,verdict,observed,evidence_sources,explanation", lines[0]);
        Assert.Equal(
            "gz_gdp_growth_2024,gdp,全年GDP增速僅2.1%，在主要城市中排名靠後,2.1,%,exactly,guangzhou,gdp_real_growth,2024,confirmed,2.1%,"
            + "gz_stats_2024;media_x,gz_stats_2024 gives 2.1%; the article says exactly 2.1%. Other sources differ: media_x gives 2.0%.",
            lines[1]);
        Assert.Equal("", lines[^1]); // ends with a newline
        Assert.Equal(_verdicts.Count + 2, lines.Length);
    }

    [Fact]
    public void ToCsv_quotes_cells_with_commas_and_doubles_quotes()
    {
        var csv = ClaimVerdictsFile.ToCsv(_verdicts);
        var line = csv.Split('\n').Single(l => l.StartsWith("gz_innovation_budget_2025,", StringComparison.Ordinal));
        Assert.Equal(
            "gz_innovation_budget_2025,fiscal,\"廣州今年將投入逾140億元（人民幣，下同）, \"\"全過程\"\"\",140,億元,over,guangzhou,innovation_budget,2025,"
            + "unconfirmed,,,No independent source found for innovation_budget of guangzhou in 2025.",
            line);

        var inconsistent = csv.Split('\n').Single(l => l.StartsWith("gz_cluster_total,", StringComparison.Ordinal));
        Assert.StartsWith("gz_cluster_total,clusters,總規模目標：超6萬億,6,萬億元,over,guangzhou,cluster_output_target,2025,internally inconsistent,20000 億元,,\"The article's tiers add up to 2 萬億元 over 3 named clusters; reaching 6 萬億元 leaves 4 萬億元 for the other 2, ", inconsistent);
        Assert.EndsWith("\"", inconsistent);
    }

    [Fact]
    public void Write_is_atomic_and_writes_one_row_per_claim()
    {
        var dir = Path.Combine(Path.GetDirectoryName(_data.Directory)!, "artifacts", "verdicts");
        var path = Path.Combine(dir, "claims.csv");
        ClaimVerdictsFile.Write(path, _verdicts);

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
        Assert.Equal("internally inconsistent", rows.Single(r => r["claim_id"] == "gz_cluster_total")["verdict"]);
    }

    [Fact]
    public void Write_replaces_an_existing_file()
    {
        var path = Path.Combine(Path.GetDirectoryName(_data.Directory)!, "verdicts.csv");
        ClaimVerdictsFile.Write(path, _verdicts);
        ClaimVerdictsFile.Write(path, _verdicts.Take(1));
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
