using Guangzhou.Analysis.Data;
using Microsoft.Data.Analysis;

namespace Guangzhou.Analysis.Tests.Data;

public sealed class FramesTests : IDisposable
{
    private readonly TestData _data = new();
    private readonly DataSet _set;

    public FramesTests() => _set = _data.Load();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Observations_frame_has_explicit_column_types_and_exact_values()
    {
        var frame = Frames.Observations(_set.Find("gdp", "guangzhou"), _set);
        Assert.Equal(["series", "entity", "period", "value", "unit", "source_id"], frame.Columns.Select(c => c.Name));
        Assert.IsType<StringDataFrameColumn>(frame.Columns["series"]);
        Assert.IsType<StringDataFrameColumn>(frame.Columns["period"]);
        var value = Assert.IsType<DecimalDataFrameColumn>(frame.Columns["value"]);
        Assert.Equal(typeof(decimal), value.DataType);
        Assert.Equal(5, frame.Rows.Count);
        Assert.Equal([25019.11m, 28231.97m, 28839.00m, 30355.73m, 31032.50m], value.Select(v => v!.Value));
        Assert.Equal("廣州", frame.Columns["entity"][0]);
        Assert.Equal("2023", frame.Columns["period"][3]);
        Assert.Equal("億元", frame.Columns["unit"][3]);
    }

    [Fact]
    public void Observations_frame_without_names_keeps_ids()
    {
        var frame = Frames.Observations(_set.Find("nev_sales", "byd"));
        Assert.Equal("byd", frame.Columns["entity"][0]);
        Assert.Equal(4272145m, frame.Columns["value"][0]);
        Assert.Equal("輛", frame.Columns["unit"][0]);
    }

    [Fact]
    public void Annual_by_entity_leaves_missing_years_null()
    {
        var frame = Frames.AnnualByEntity(_set, "gdp", ["guangzhou", "shenzhen"], 2022, 2024);
        Assert.Equal(["年份", "廣州", "深圳"], frame.Columns.Select(c => c.Name));
        Assert.Equal([2022, 2023, 2024], Assert.IsType<Int32DataFrameColumn>(frame.Columns["年份"]).Select(y => y!.Value));
        var gz = Assert.IsType<DecimalDataFrameColumn>(frame.Columns["廣州"]);
        Assert.Equal([28839.00m, 30355.73m, 31032.50m], gz.Select(v => v!.Value));
        var sz = Assert.IsType<DecimalDataFrameColumn>(frame.Columns["深圳"]);
        Assert.Equal([null, null, 36801.87m], sz.ToArray());
        Assert.Equal(2, sz.NullCount);
    }

    [Fact]
    public void Annual_by_entity_in_english_and_for_years_without_any_data()
    {
        var frame = Frames.AnnualByEntity(_set, "gdp", ["chongqing"], 2019, 2020, Language.English);
        Assert.Equal(["year", "Chongqing"], frame.Columns.Select(c => c.Name));
        Assert.Equal([null, 25002.79m], ((DecimalDataFrameColumn)frame.Columns["Chongqing"]).ToArray());
    }
}
