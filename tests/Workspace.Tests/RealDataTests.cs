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
