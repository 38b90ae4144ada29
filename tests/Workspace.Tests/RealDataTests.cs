using nietras.SeparatedValues;
using Guangzhou.Analysis.Claims;
using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Stories;

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
    public void One_document_is_one_row_and_no_address_is_read_twice()
    {
        var dup = Data.Sources.Values.GroupBy(s => s.Url).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(dup.Length == 0, "read twice: " + string.Join(" ", dup));
        var documents = Data.Sources.Values.Select(s => s.Document).DistinctBy(d => d.Id).ToArray();
        var same = documents.Where(d => d.Published.Length > 0).GroupBy(d => (d.Publisher, d.Kind, d.Published)).Where(g => g.Count() > 1)
            .Select(g => string.Join(" = ", g.Select(d => d.Id))).ToArray();
        Assert.True(same.Length == 0, "one document registered twice: " + string.Join("; ", same));
        // The work reports the audit found registered two and three times are one document each, read in several places.
        Assert.Equal(["gz_gov_work_report_2025", "gz_hkcd_2025_02_20"],
            Data.Sources.Values.Where(s => s.Document.Id == "gz_gov_work_report_2025").Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["gz_gmw_gwr_2026", "gz_gov_work_report_2026", "gz_gwr_2026_cnstock"],
            Data.Sources.Values.Where(s => s.Document.Id == "gz_gov_work_report_2026").Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_government_bodys_document_read_off_a_government_host_is_a_reprint()
    {
        Assert.All(Data.Sources.Values.Where(s => Publishers.IsGovernment(s.Publisher)), s =>
        {
            Assert.True(s.Document.IsOfficial, $"{s.Id}: {s.Publisher} is a government body, its document is official");
            if (!HostKinds.IsGovernmentHost(s.Host)) Assert.Equal(Reading.Reprint, s.Reading);
            Assert.Equal(EvidenceGrades.Required(s.Document, s.HostKind), s.Grade);
        });
        Assert.All(Data.Sources.Values.Where(s => s.Reading == Reading.Original && !s.IsArticle),
            s => Assert.True(s.Document.IsOwnHost(s.Host), $"{s.Id}: {s.Host}"));
    }

    [Fact]
    public void No_confirmation_rests_on_a_possible_source_of_the_article()
    {
        var possible = ArticleIndependence.PossibleSources(Data);
        Assert.Contains("sanlihe_2025_cq_gz", possible);
        var verdicts = new ClaimChecker(Data).CheckAll();
        Assert.All(verdicts.Where(v => v.Verdict is Verdict.Confirmed or Verdict.Close), v =>
            Assert.DoesNotContain(v.Final!.Deciding, o => possible.Contains(Data.SourceOf(o).Document.Id)));
        Assert.All(verdicts.Where(v => v.Verdict is not (Verdict.Unconfirmed or Verdict.InternallyInconsistent)), v => Assert.NotNull(v.Grade));
    }

    [Fact]
    public void Every_unconfirmed_claim_says_what_would_confirm_it()
    {
        var open = new ClaimChecker(Data).CheckAll().Where(v => v.Verdict == Verdict.Unconfirmed).ToArray();
        Assert.All(open, v => Assert.False(string.IsNullOrWhiteSpace(v.Claim.WouldConfirm), v.Claim.Id));
    }

    [Fact]
    public void The_lede_is_disputed_not_contradicted_on_one_weak_source()
    {
        var v = new ClaimChecker(Data).CheckAll().Single(x => x.Claim.Id == "cq_passed_gz_gdp");
        Assert.Equal(Verdict.Confirmed, v.BeforeArticle!.Verdict);
        Assert.Equal(Verdict.Disputed, v.Verdict);
        Assert.Equal(LedeSummary, v.Summary);
        // The GDP race never lets that one weak reading decide 2022: it shows it as a report.
        var race = GdpRace.Race(Data, "chongqing", "guangzhou");
        Assert.Equal("chongqing", race.In(2022)!.Leader);
        Assert.Equal("sanlihe_2025_cq_gz", race.In(2022)!.ReportedOtherwise!.SourceId);
        Assert.Equal(2022, race.FirstPass("chongqing")!.Year);
    }

    internal const string LedeSummaryLine = "- [" + LedeSummary + "] 三年前GDP總量剛剛超越廣州的重慶，如今進一步與廣州拉開差距";

    internal const string LedeSummary =
        "disputed: confirmed on first-published figures (an official document read in a reprint); final verification reported to reverse it by one weaker source (sanlihe_2025_cq_gz: a self-media post, aggregator or spam mirror, a possible source of the article) — unconfirmed";

    [Fact]
    public void Verdict_counts()
    {
        var verdicts = new ClaimChecker(Data).CheckAll();
        Assert.Equal(61, verdicts.Count);
        Assert.Equal(
            [(Verdict.Confirmed, 13), (Verdict.Close, 1), (Verdict.Disputed, 2), (Verdict.Contradicted, 1), (Verdict.Unconfirmed, 44)],
            verdicts.GroupBy(v => v.Verdict).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        // No confirmation rests on a producer's own page: the best any reaches is an official document read in a reprint.
        Assert.Equal([(EvidenceGrade.OfficialReprint, 6), (EvidenceGrade.Media, 2), (EvidenceGrade.Weak, 9)],
            verdicts.Where(v => v.Grade is not null).GroupBy(v => v.Grade!.Value).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.Equal(["cq_passed_gz_gdp", "cq_gap_widened"], verdicts.Where(v => v.Verdict == Verdict.Disputed).Select(v => v.Claim.Id));
        Assert.Equal(["tier_construction"], verdicts.Where(v => v.VintagesDisagree).Select(v => v.Claim.Id));
    }
}
