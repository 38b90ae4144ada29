using Microsoft.Data.Analysis;

namespace Guangzhou.Analysis.Data;

/// <summary>
/// DataFrame views of the typed records. Columns are built with explicit types: DataFrame.LoadCsv would infer float32
/// and silently change 24988950.37 into 24988996 (measured on a test sum), so no file is ever read through it.
/// </summary>
public static class Frames
{
    public static DataFrame Observations(IEnumerable<Observation> observations, DataSet? names = null, Language language = Language.Chinese)
    {
        var rows = observations.ToArray();
        var frame = new DataFrame(
            new StringDataFrameColumn("series", rows.Select(o => o.Series)),
            new StringDataFrameColumn("entity", rows.Select(o => names?.EntityName(o.Entity, language) ?? o.Entity)),
            new StringDataFrameColumn("period", rows.Select(o => o.Period.ToString())),
            new DecimalDataFrameColumn("value", rows.Select(o => (decimal?)o.Value)),
            new StringDataFrameColumn("unit", rows.Select(o => Units.UnitSymbols.Symbol(o.Unit))),
            new StringDataFrameColumn("source_id", rows.Select(o => o.SourceId)));
        return frame;
    }

    /// <summary>A wide table: one row per year, one decimal column per entity (missing years stay null, never zero).</summary>
    public static DataFrame AnnualByEntity(DataSet data, string seriesId, IEnumerable<string> entities, int fromYear, int toYear, Language language = Language.Chinese)
    {
        var years = Enumerable.Range(fromYear, toYear - fromYear + 1).ToArray();
        var columns = new List<DataFrameColumn> { new Int32DataFrameColumn(language == Language.Chinese ? "年份" : "year", years) };
        foreach (var entity in entities)
        {
            // Rows may be printed in another unit of the dimension (3.87 萬億元 beside 億元): show all in the series' unit.
            var unit = data.Series[seriesId].Unit;
            var byYear = data.AnnualSeries(seriesId, entity, fromYear, toYear).ToDictionary(o => o.Period.Year, o => o.Quantity.To(unit).Value);
            columns.Add(new DecimalDataFrameColumn(data.EntityName(entity, language),
                years.Select(y => byYear.TryGetValue(y, out var v) ? v : (decimal?)null)));
        }
        return new DataFrame(columns);
    }
}
