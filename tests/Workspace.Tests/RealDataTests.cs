using nietras.SeparatedValues;
using Guangzhou.Analysis.Claims;
using Guangzhou.Analysis.Data;

namespace Workspace.Tests;

/// <summary>The committed data/ loads, every row is traceable, and every claim of the article is checkable.</summary>
public sealed class RealDataTests
{
    private static readonly DataSet Data = DataSetLoader.Load(RepositoryPaths.Data);

    [Fact]
    public void Every_row_cites_a_source_that_is_in_sources_csv()
    {
        Assert.All(Data.Observations, o => Assert.True(Data.Sources.ContainsKey(o.SourceId), $"{o.Location}: {o.SourceId}"));
        Assert.All(Data.Claims, c => Assert.True(Data.Sources.ContainsKey(c.SourceId), $"{c.Location}: {c.SourceId}"));
        Assert.All(Data.Plan, p => Assert.True(Data.Sources.ContainsKey(p.SourceId), $"{p.Location}: {p.SourceId}"));
    }

    [Fact]
    public void No_observation_is_evidenced_by_the_article_itself() =>
        Assert.DoesNotContain(Data.Observations, o => Data.SourceOf(o).IsArticle);

    [Fact]
    public void Every_observation_quotes_its_source() =>
        Assert.All(Data.Observations, o => Assert.False(string.IsNullOrWhiteSpace(o.Quote), o.Location.ToString()));

    [Fact]
    public void Every_claim_is_checkable_and_gets_one_verdict()
    {
        var verdicts = new ClaimChecker(Data).CheckAll();
        Assert.Equal(Data.Claims.Count, verdicts.Count);
        Assert.All(verdicts, v => Assert.False(string.IsNullOrWhiteSpace(v.Explanation), v.Claim.Id));
    }

    [Fact]
    public void Every_claim_cites_the_article() =>
        Assert.All(Data.Claims, c => Assert.True(Data.Sources[c.SourceId].IsArticle, c.Id));

    [Fact]
    public void Every_series_is_documented_in_the_data_dictionary()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Data, "README.md"));
        Assert.All(Data.Series.Keys, id => Assert.Contains($"`{id}`", readme));
    }
}

/// <summary>The data dictionary's row counts are the files' row counts: a stale README is a failing test, not a silent lie.</summary>
public sealed class DataDictionaryTests
{
    [Fact]
    public void Row_counts_in_the_files_table_match_the_files()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryPaths.Data, "README.md"));
        var rows = readme.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\| `([a-z_]+\.csv)` \|.*\| (\d+) \|$"))
            .Where(m => m.Success).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        var files = Directory.GetFiles(RepositoryPaths.Data, "*.csv").Select(Path.GetFileName).ToArray();
        Assert.Equal(files.Order(), rows.Keys.Order());
        foreach (var (file, expected) in rows)
        {
            using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(RepositoryPaths.Data, file));
            var actual = 0;
            foreach (var _ in reader) actual++;
            Assert.True(expected == actual, $"{file}: README says {expected} rows, the file has {actual}");
        }
    }
}

/// <summary>The Series table's "rows in" column is computed from the files, per series and file.</summary>
public sealed class SeriesCountTests
{
    [Fact]
    public void Rows_in_column_of_the_series_table_matches_the_data()
    {
        var data = DataSetLoader.Load(RepositoryPaths.Data);
        var readme = File.ReadAllLines(Path.Combine(RepositoryPaths.Data, "README.md"));
        var order = new[] { "claims.csv" }.Concat(DataFiles.Observations).ToArray();
        foreach (var id in data.Series.Keys)
        {
            var counts = order.Select(f => (File: Path.GetFileNameWithoutExtension(f),
                    N: f == "claims.csv" ? data.Claims.Count(c => c.Series == id) : data.Observations.Count(o => o.Series == id && Path.GetFileName(o.Location.File) == f)))
                .Where(x => x.N > 0).Select(x => $"{x.File} {x.N}").ToArray();
            var expected = counts.Length == 0 ? "— (none yet)" : string.Join(", ", counts);
            var line = readme.SingleOrDefault(l => l.StartsWith($"| `{id}` |", StringComparison.Ordinal));
            Assert.True(line is not null, $"README Series table has no row for {id}");
            Assert.True(line!.EndsWith($"| {expected} |", StringComparison.Ordinal), $"{id}: README says '{line.Split('|')[^2].Trim()}', the data have '{expected}'");
        }
    }
}

/// <summary>Provenance and vintage facts of the committed data that the fact check depends on.</summary>
public sealed class ProvenanceTests
{
    private static readonly DataSet Data = DataSetLoader.Load(RepositoryPaths.Data);

    [Fact]
    public void No_two_sources_share_a_document_or_an_address()
    {
        Assert.Equal(Data.Sources.Count, Data.Sources.Values.Select(s => s.Document.Id).Distinct().Count());
        var dup = Data.Sources.Values.GroupBy(s => s.Url).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(dup.Length == 0, "read twice: " + string.Join(" ", dup));
    }

    [Fact]
    public void Official_documents_on_other_hosts_are_reprints_of_tier_official_reprint()
    {
        Assert.All(Data.Sources.Values.Where(s => s.Document.IsOfficial), s =>
        {
            var own = s.Document.IsOwnHost(s.Host);
            Assert.True(own == (s.Reading == Reading.Original), $"{s.Id}: {s.Host} vs {string.Join(" ", s.Document.Hosts)}");
            Assert.Equal(own ? ReliabilityTier.Official : ReliabilityTier.OfficialReprint, s.Tier);
        });
        Assert.Equal(13, Data.Sources.Values.Count(s => s.Tier == ReliabilityTier.OfficialReprint));
        Assert.Equal(17, Data.Sources.Values.Count(s => s.Tier == ReliabilityTier.Official));
    }

    [Fact]
    public void Every_unconfirmed_claim_says_what_would_confirm_it()
    {
        var open = new ClaimChecker(Data).CheckAll().Where(v => v.Verdict == Verdict.Unconfirmed).ToArray();
        Assert.All(open, v => Assert.False(string.IsNullOrWhiteSpace(v.Claim.WouldConfirm), v.Claim.Id));
    }

    [Fact]
    public void The_2022_overtaking_holds_only_on_first_published_figures()
    {
        var v = new ClaimChecker(Data).CheckAll().Single(x => x.Claim.Id == "cq_passed_gz_gdp");
        Assert.Equal(Verdict.Confirmed, v.BeforeArticle!.Verdict);
        Assert.Equal(Verdict.Contradicted, v.Verdict);
        Assert.Equal("confirmed on first-published figures (before the article), contradicted by final figures", v.Summary);
        var final = Leads.Compare(Data, "gdp", "chongqing", "guangzhou", VintagePreference.Latest);
        Assert.Equal(2024, final.FirstPass("chongqing")!.Year);
        Assert.Equal(new[] { (2022, "guangzhou", 263m) }, final.Years.Where(y => y.FromStatedMargin).Select(y => (y.Year, y.Leader, y.Margin)));
        Assert.Equal(2022, Leads.Compare(Data, "gdp", "chongqing", "guangzhou", VintagePreference.FirstPublished).FirstPass("chongqing")!.Year);
    }

    [Fact]
    public void Verdict_counts()
    {
        var verdicts = new ClaimChecker(Data).CheckAll();
        Assert.Equal(61, verdicts.Count);
        Assert.Equal(
            [(Verdict.Confirmed, 16), (Verdict.Contradicted, 3), (Verdict.Unconfirmed, 41), (Verdict.InternallyInconsistent, 1)],
            verdicts.GroupBy(v => v.Verdict).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.Equal(["cq_passed_gz_gdp", "tier_construction", "cq_gap_widened"], verdicts.Where(v => v.VintagesDisagree).Select(v => v.Claim.Id));
    }
}
