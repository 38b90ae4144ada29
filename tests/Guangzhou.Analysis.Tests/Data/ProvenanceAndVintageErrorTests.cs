using Guangzhou.Analysis.Data;

namespace Guangzhou.Analysis.Tests.Data;

/// <summary>The columns added for vintages, documents and typed comparisons fail with file:line:column like every other cell.</summary>
public sealed class ProvenanceAndVintageErrorTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    private void AssertError(DataFormatException ex, string file, int line, int column, string columnName, string fragment)
    {
        Assert.Equal(_data.Display(file), ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Equal(columnName, ex.ColumnName);
        Assert.Contains(fragment, ex.Problem);
        Assert.StartsWith($"{_data.Display(file)}:{line}:{column} ({columnName}): ", ex.Message);
    }

    [Theory]
    [InlineData("preliminary")]
    [InlineData("revised")]
    [InlineData("revised-25")]
    [InlineData("")]
    public void Bad_vintage(string vintage)
    {
        _data.WriteObservations("gdp.csv", $"gdp,guangzhou,2023,30355.73,億元,{vintage},gz_stats_2024,q,");
        var ex = _data.LoadFails();
        AssertError(ex, "gdp.csv", 2, 6, "vintage", vintage.Length == 0 ? "missing value" : $"'{vintage}' is not a vintage; expected estimate, first, final or revised-YYYY");
    }

    [Fact]
    public void Evidence_needs_an_address_the_article_under_examination_does_not()
    {
        _data.Write(DataFiles.Sources, TestData.SourcesCsv.Replace("media_x,media_x,https://example.com/x,", "media_x,media_x,,", StringComparison.Ordinal));
        var ex = _data.LoadFails();
        AssertError(ex, DataFiles.Sources, 6, 3, "url", "missing value");

        _data.Write(DataFiles.Sources, TestData.SourcesCsv);
        Assert.Equal("", _data.Load().Sources["article"].Url);
    }

    [Fact]
    public void Vintages_load_as_data()
    {
        _data.WriteObservations("gdp.csv",
            "gdp,guangzhou,2022,28839.00,億元,first,gz_stats_2024,q,",
            "gdp,guangzhou,2022,29000,億元,final,media_x,q,",
            "gdp,guangzhou,2021,28231.97,億元,revised-2024,gz_stats_2024,q,",
            "gdp,guangzhou,2020,2.5,萬億元,estimate,gz_stats_2024,q,");
        var rows = _data.Load().Find("gdp", "guangzhou").Select(o => o.Vintage.ToString()).ToArray();
        Assert.Equal(["first", "final", "revised-2024", "estimate"], rows);
    }

    [Fact]
    public void Bad_publication_date_and_host()
    {
        _data.Write(DataFiles.Documents, TestData.DocumentsCsv.Replace("2025-03,statistics-communique,zh-Hans,gz.gov.cn", "2025-3,statistics-communique,zh-Hans,gz.gov.cn"));
        AssertError(_data.LoadFails(), "documents.csv", 2, 5, "published", "'2025-3' is not a date");
        _data.Write(DataFiles.Documents, TestData.DocumentsCsv.Replace("zh-Hans,gz.gov.cn,\ncq", "zh-Hans,https://gz.gov.cn,\ncq"));
        AssertError(_data.LoadFails(), "documents.csv", 2, 8, "host", "'https://gz.gov.cn' is not a host name");
    }

    [Theory]
    [InlineData("gz_count_bad,clusters,15個,15,個,exactly,guangzhou,plan_item_count,2025,plan_count,clusters,article,,", 11, "compare", "must name a plan kind (cluster, future_industry, modern_service), not 'clusters'")]
    [InlineData("gz_obs_compare,gdp,2.1%,2.1,%,exactly,guangzhou,gdp_real_growth,2024,observation,chongqing,article,,", 11, "compare", "a observation claim compares with nothing; leave compare empty (found 'chongqing')")]
    [InlineData("cq_lead_bad,gdp,拉開差距,1,年,exactly,chongqing,gdp,2024,lead_widened,canton,article,,", 11, "compare", "a lead_widened claim must name the entity it compares with; 'canton' is not in entities.csv")]
    [InlineData("cq_lead_unit,gdp,拉開差距,1,億元,exactly,chongqing,gdp,2024,lead_widened,guangzhou,article,,", 5, "unit", "checked as LeadWidened (expected 年)")]
    public void Comparison_targets_are_typed_at_load(string row, int column, string columnName, string fragment)
    {
        _data.Write(DataFiles.Claims, TestData.ClaimsCsv + row + "\n");
        AssertError(_data.LoadFails(), "claims.csv", 18, column, columnName, fragment);
    }

    [Fact]
    public void Typed_targets_and_would_confirm_load()
    {
        _data.Write(DataFiles.Claims, TestData.ClaimsCsv + "x,gdp,拉開差距,1,年,exactly,chongqing,gdp,2024,lead_widened,guangzhou,article,,The 2024 communiqués\n");
        var claims = _data.Load().Claims.ToDictionary(c => c.Id);
        Assert.Equal(new EntityTarget("guangzhou"), claims["x"].Target);
        Assert.Equal("The 2024 communiqués", claims["x"].WouldConfirm);
        Assert.Equal(new PlanKindTarget(PlanItemKind.FutureIndustry), claims["gz_future_industry_count"].Target);
        Assert.Equal(NoTarget.Instance, claims["gz_gdp_growth_2024"].Target);
        Assert.Equal("future_industry", claims["gz_future_industry_count"].Target.ToString());
    }
}
