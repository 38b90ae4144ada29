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
