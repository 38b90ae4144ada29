using Guangzhou.Analysis.Data;

namespace Guangzhou.Analysis.Tests.Data;

/// <summary>
/// Every kind of bad input ends the load with a DataFormatException that names file, line and column.
/// Each test starts from the valid TestData directory and breaks one row.
/// </summary>
public sealed class DataSetLoaderErrorTests : IDisposable
{
    private const string GoodGdpRow = "gdp,guangzhou,2023,30355.73,億元,first,gz_stats_2024,地區生產總值30355.73億元,";

    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    private void AssertError(DataFormatException ex, string file, int line, int column, string columnName, string fragment)
    {
        Assert.Equal(_data.Display(file), ex.File);
        Assert.EndsWith(file, ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Equal(columnName, ex.ColumnName);
        Assert.Contains(fragment, ex.Problem);
        Assert.StartsWith($"{_data.Display(file)}:{line}:{column} ({columnName}): ", ex.Message);
    }

    /// <summary>Writes an observation file of a good row and then the bad one (line 3), loads, and returns the error.</summary>
    private DataFormatException BadObservation(string file, string badRow)
    {
        _data.WriteObservations(file, GoodGdpRow.Replace("2023", "2019"), badRow);
        return _data.LoadFails();
    }

    [Fact]
    public void Unknown_unit()
    {
        var ex = BadObservation("gdp.csv", "gdp,guangzhou,2023,30355.73,億,first,gz_stats_2024,q,");
        AssertError(ex, "gdp.csv", 3, 5, "unit", "unknown unit '億'");
    }

    [Fact]
    public void Missing_source_id()
    {
        var ex = BadObservation("industry.csv", "gdp,guangzhou,2023,30355.73,億元,first,,q,");
        AssertError(ex, "industry.csv", 3, 7, "source_id", "missing value");
    }

    [Fact]
    public void Unknown_source()
    {
        var ex = BadObservation("fiscal.csv", "gdp,guangzhou,2023,30355.73,億元,first,nobody,q,");
        AssertError(ex, "fiscal.csv", 3, 7, "source_id", "unknown source 'nobody'");
    }

    [Fact]
    public void Unknown_entity()
    {
        var ex = BadObservation("market.csv", "gdp,canton,2023,30355.73,億元,first,gz_stats_2024,q,");
        AssertError(ex, "market.csv", 3, 2, "entity", "unknown entity 'canton'");
    }

    [Fact]
    public void Unknown_series()
    {
        var ex = BadObservation("targets.csv", "gross_product,guangzhou,2023,30355.73,億元,first,gz_stats_2024,q,");
        AssertError(ex, "targets.csv", 3, 1, "series", "unknown series 'gross_product'");
    }

    [Fact]
    public void Missing_quote()
    {
        var ex = BadObservation("gdp.csv", "gdp,guangzhou,2023,30355.73,億元,first,gz_stats_2024,,");
        AssertError(ex, "gdp.csv", 3, 8, "quote", "missing value");
    }

    [Fact]
    public void Duplicate_observation_key_in_one_file()
    {
        _data.WriteObservations("gdp.csv", GoodGdpRow, GoodGdpRow.Replace("30355.73", "30355.74"));
        var ex = _data.LoadFails();
        AssertError(ex, "gdp.csv", 3, 1, "series", "duplicate key (gdp, guangzhou, 2023, gz_stats_2024)");
        Assert.Contains($"first at {_data.Display("gdp.csv")}:2", ex.Problem);
    }

    [Fact]
    public void Duplicate_observation_key_across_files()
    {
        // gdp.csv (loaded first) already has Guangzhou's 2023 GDP from gz_stats_2024 on line 5.
        _data.WriteObservations("targets.csv", GoodGdpRow);
        var ex = _data.LoadFails();
        AssertError(ex, "targets.csv", 2, 1, "series", "duplicate key (gdp, guangzhou, 2023, gz_stats_2024)");
        Assert.Contains($"first at {_data.Display("gdp.csv")}:5", ex.Problem);
    }

    [Fact]
    public void The_same_figure_from_another_source_is_not_a_duplicate()
    {
        _data.WriteObservations("targets.csv", GoodGdpRow.Replace("gz_stats_2024", "media_x"));
        var set = _data.Load();
        Assert.Equal(2, set.Find("gdp", "guangzhou", Period.OfYear(2023)).Count());
    }

    [Fact]
    public void Duplicate_source_id()
    {
        _data.Write(DataFiles.Documents, TestData.DocumentsCsv + "media_y,某報,Some Daily,另一篇,2025-05,media,zh-Hans,example.com,\n");
        _data.Write(DataFiles.Sources, TestData.SourcesCsv +
            "gz_stats_2024,media_y,https://example.com/y,2025-06-01,original,publisher,media,\n");
        var ex = _data.LoadFails();
        AssertError(ex, "sources.csv", 8, 1, "source_id", "duplicate key 'gz_stats_2024' (first defined on line 2)");
    }

    [Fact]
    public void Duplicate_claim_id()
    {
        _data.Write(DataFiles.Claims, TestData.ClaimsCsv +
            "gz_cluster_count,clusters,又一次,5,個,exactly,guangzhou,plan_item_count,2025,plan_count,cluster,article,,\n");
        var ex = _data.LoadFails();
        AssertError(ex, "claims.csv", 18, 1, "claim_id", "duplicate key 'gz_cluster_count' (first defined on line 11)");
    }

    [Theory]
    [InlineData("\"2,1\"", "'2,1' is not a number")]
    [InlineData("abc", "'abc' is not a number")]
    [InlineData("1e3", "'1e3' is not a number")]
    [InlineData("30,355.73", null)] // unquoted: becomes two cells, see Wrong_column_count
    public void Malformed_number(string cell, string? fragment)
    {
        var ex = BadObservation("gdp.csv", $"gdp,guangzhou,2023,{cell},億元,first,gz_stats_2024,q,");
        if (fragment is null)
            AssertError(ex, "gdp.csv", 3, 0, "(row)", "wrong column count: found 10, expected 9");
        else
            AssertError(ex, "gdp.csv", 3, 4, "value", fragment);
    }

    [Theory]
    [InlineData("2024Q5")]
    [InlineData("2024M13")]
    [InlineData("24")]
    [InlineData("2024M00")]
    [InlineData("2024Q3-Q1")]
    [InlineData("2025-2021")]
    [InlineData("２０２４")] // full-width digits
    public void Malformed_period(string period)
    {
        var ex = BadObservation("industry.csv", $"gdp,guangzhou,{period},30355.73,億元,first,gz_stats_2024,q,");
        AssertError(ex, "industry.csv", 3, 3, "period", $"'{period}' is not a period");
    }

    [Fact]
    public void Wrong_column_count()
    {
        var ex = BadObservation("fiscal.csv", "gdp,guangzhou,2023,30355.73,億元,first,gz_stats_2024,q");
        AssertError(ex, "fiscal.csv", 3, 0, "(row)", "wrong column count: found 8, expected 9");
    }

    [Fact]
    public void Wrong_column_count_is_reported_on_its_physical_line_after_a_multiline_quote()
    {
        // A quoted note that spans two lines: the bad row after it is on line 4 of the file, not record 3.
        _data.Write("gdp.csv", TestData.ObservationHeader + "\n"
                               + GoodGdpRow + "\"first line\nsecond line\"\n"
                               + "gdp,guangzhou,2024,31032.50,億元,first,gz_stats_2024\n");
        var ex = _data.LoadFails();
        AssertError(ex, "gdp.csv", 4, 0, "(row)", "wrong column count: found 7, expected 9");
    }

    [Fact]
    public void Wrong_column_count_in_a_crlf_file_with_bom()
    {
        // market.csv is written with BOM and CRLF; break its fourth line.
        var lines = TestData.MarketLines.ToArray();
        lines[3] = "nev_sales,guangzhou,2023,64,萬輛";
        File.WriteAllBytes(Path.Combine(_data.Directory, "market.csv"),
            [.. new System.Text.UTF8Encoding(true).GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")]);
        var ex = _data.LoadFails();
        AssertError(ex, "market.csv", 4, 0, "(row)", "found 5, expected 9");
    }

    [Fact]
    public void Wrong_header_name()
    {
        _data.Write("plan_targets.csv", "series,entity,year,value,unit,vintage,source_id,quote,note\n");
        var ex = _data.LoadFails();
        AssertError(ex, "plan_targets.csv", 1, 3, "year", "column 3 should be 'period'");
    }

    [Fact]
    public void Header_with_a_missing_column()
    {
        _data.Write("gdp.csv", "series,entity,period,value,unit,vintage,source_id,quote\n");
        var ex = _data.LoadFails();
        AssertError(ex, "gdp.csv", 1, 9, "(missing)", "column 9 should be 'note'");
    }

    [Fact]
    public void Header_with_an_extra_column()
    {
        _data.Write(DataFiles.Entities, "entity_id,name_zh,name_en,kind,population\nguangzhou,廣州,Guangzhou,city,1897\n");
        var ex = _data.LoadFails();
        AssertError(ex, "entities.csv", 1, 5, "population", "header has 5 columns; expected 4");
    }

    [Fact]
    public void Article_source_as_evidence_in_an_observation_file()
    {
        var ex = BadObservation("market.csv", "gdp,guangzhou,2023,30355.73,億元,first,article,q,");
        AssertError(ex, "market.csv", 3, 7, "source_id", "the article is not evidence");
    }

    [Fact]
    public void Unit_of_the_wrong_dimension_for_the_series()
    {
        var ex = BadObservation("gdp.csv", "gdp,guangzhou,2023,253.98,萬輛,first,gz_stats_2024,q,");
        AssertError(ex, "gdp.csv", 3, 5, "unit", "unit '萬輛' does not fit series 'gdp'");
    }

    [Fact]
    public void Unit_of_the_same_dimension_is_accepted()
    {
        _data.WriteObservations("gdp.csv", "gdp,guangzhou,2023,3.035573,萬億元,first,gz_stats_2024,q,");
        var o = Assert.Single(_data.Load().Find("gdp", "guangzhou"));
        Assert.Equal(30355.73m, o.Quantity.AsMoney().Yi);
    }

    [Fact]
    public void Claim_with_unit_of_the_wrong_dimension_for_its_check()
    {
        // A rank is a count, not 億元.
        _data.Write(DataFiles.Claims, TestData.ClaimsCsv +
            "bad_rank,gdp,第四,4,億元,exactly,chongqing,gdp,2024,rank,,article,,\n");
        var ex = _data.LoadFails();
        AssertError(ex, "claims.csv", 18, 5, "unit", "does not fit series 'gdp' checked as Rank (expected 個)");
    }

    [Fact]
    public void Overtake_claim_without_a_known_comparison_entity()
    {
        _data.Write(DataFiles.Claims, TestData.ClaimsCsv +
            "bad_overtake,gdp,超越,3,年,exactly,chongqing,gdp,2025,overtake_year,,article,,\n");
        var ex = _data.LoadFails();
        AssertError(ex, "claims.csv", 18, 11, "compare", "must name the entity it compares with");
    }

    [Fact]
    public void Unknown_enum_values()
    {
        _data.Write(DataFiles.Claims, TestData.ClaimsCsv +
            "bad_qualifier,gdp,約,3,萬億元,roughly,chongqing,gdp,2024,observation,,article,,\n");
        var ex = _data.LoadFails();
        AssertError(ex, "claims.csv", 18, 6, "qualifier", "unknown value 'roughly'");
    }

    [Fact]
    public void Plan_item_with_unknown_source()
    {
        _data.Write(DataFiles.Plan, TestData.PlanCsv + "c_x,cluster,,某集群,,gz_plan_2,某集群,\n");
        var ex = _data.LoadFails();
        AssertError(ex, "industry_plan.csv", 9, 6, "source_id", "unknown source 'gz_plan_2'");
    }
}
