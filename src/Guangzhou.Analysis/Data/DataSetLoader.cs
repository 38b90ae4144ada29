namespace Guangzhou.Analysis.Data;

/// <summary>
/// Loads data/ into typed records and checks every row against the sources, entities and series it names.
/// A value without a known source does not load: the first bad cell ends the load with its file, line and column.
/// </summary>
public static partial class DataSetLoader
{
    private static readonly IReadOnlyDictionary<string, Qualifier> Qualifiers = new Dictionary<string, Qualifier>
    {
        ["exactly"] = Qualifier.Exactly, ["about"] = Qualifier.About, ["over"] = Qualifier.Over, ["under"] = Qualifier.Under,
        ["passed"] = Qualifier.Passed,
    };

    private static readonly IReadOnlyDictionary<string, CheckKind> Checks = new Dictionary<string, CheckKind>
    {
        ["observation"] = CheckKind.Observation, ["rank"] = CheckKind.Rank, ["overtake_year"] = CheckKind.OvertakeYear,
        ["share_of"] = CheckKind.ShareOf, ["plan_count"] = CheckKind.PlanCount, ["plan_total"] = CheckKind.PlanTotal,
        ["lead_widened"] = CheckKind.LeadWidened,
    };

    /// <summary>Loads every file of <paramref name="dataDirectory"/>; paths in errors are shown relative to its parent.</summary>
    public static DataSet Load(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory))
            throw new DirectoryNotFoundException($"Data directory not found: {dataDirectory}");
        string Path(string file) => System.IO.Path.Combine(dataDirectory, file);
        string Display(string file) => System.IO.Path.Combine(System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(dataDirectory))), file);

        var documents = LoadDocuments(Path(DataFiles.Documents), Display(DataFiles.Documents));
        var sources = LoadSources(Path(DataFiles.Sources), Display(DataFiles.Sources), documents);
        var entities = LoadEntities(Path(DataFiles.Entities), Display(DataFiles.Entities));
        var series = LoadSeries(Path(DataFiles.Series), Display(DataFiles.Series));
        var references = new References(sources, entities, series);

        var plan = LoadPlan(Path(DataFiles.Plan), Display(DataFiles.Plan), references);
        references = references with { PlanItemIds = plan.Select(p => p.Id).ToHashSet() };
        var observations = new List<Observation>();
        var keys = new Dictionary<(string, string, string, string), SourceLocation>();
        foreach (var file in DataFiles.Observations)
            observations.AddRange(LoadObservations(Path(file), Display(file), references, keys));
        var claims = LoadClaims(Path(DataFiles.Claims), Display(DataFiles.Claims), references);

        return new DataSet(sources, entities, series, observations, claims, plan);
    }

    private sealed record References(
        IReadOnlyDictionary<string, Source> Sources,
        IReadOnlyDictionary<string, Entity> Entities,
        IReadOnlyDictionary<string, SeriesDefinition> Series)
    {
        /// <summary>Plan items (clusters) are entities too: targets and claims are stated per cluster.</summary>
        public IReadOnlySet<string> PlanItemIds { get; init; } = new HashSet<string>();

        public string Source(CsvRow row, string column = "source_id")
        {
            var id = row.Required(column);
            return Sources.ContainsKey(id) ? id : throw row.Error(column, $"unknown source '{id}': add it to {DataFiles.Sources} first.");
        }

        public string Entity(CsvRow row, string column = "entity")
        {
            var id = row.Required(column);
            return Entities.ContainsKey(id) || PlanItemIds.Contains(id)
                ? id
                : throw row.Error(column, $"unknown entity '{id}': add it to {DataFiles.Entities} (or {DataFiles.Plan}) first.");
        }

        public SeriesDefinition SeriesOf(CsvRow row, string column = "series")
        {
            var id = row.Required(column);
            return Series.TryGetValue(id, out var s) ? s : throw row.Error(column, $"unknown series '{id}': define it in {DataFiles.Series} first.");
        }
    }

    private static Dictionary<string, T> UniqueBy<T>(IEnumerable<(CsvRow Row, T Item)> rows, string keyColumn, Func<T, string> key)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, item) in rows)
        {
            var k = key(item);
            if (!result.TryAdd(k, item))
                throw row.Error(keyColumn, $"duplicate key '{k}' (first defined on line {firstLine[k]}).");
            firstLine[k] = row.Line;
        }
        return result;
    }

    private static Dictionary<string, Entity> LoadEntities(string path, string display) =>
        UniqueBy(CsvTable.Read(path, display, DataFiles.EntityColumns).Select(r => (r, new Entity(
            r.Required("entity_id"), r.Required("name_zh"), r.Required("name_en"), r.Required("kind")))),
            "entity_id", e => e.Id);

    private static Dictionary<string, SeriesDefinition> LoadSeries(string path, string display) =>
        UniqueBy(CsvTable.Read(path, display, DataFiles.SeriesColumns).Select(r => (r, new SeriesDefinition(
            r.Required("series_id"), r.Unit("unit"), r.Required("name_zh"), r.Required("name_en"), r.Required("definition"))
            { StandsInFor = r.Optional("stands_in_for") })),
            "series_id", s => s.Id);

    private static Quantity QuantityIn(CsvRow row, SeriesDefinition series, CheckKind check = CheckKind.Observation)
    {
        var unit = row.Unit("unit");
        var value = row.Number("value");
        // A rank, a passing year or a share is stated about a series but is not in the series' unit.
        var expected = check switch
        {
            CheckKind.Rank or CheckKind.PlanCount => Unit.Count,
            CheckKind.OvertakeYear or CheckKind.LeadWidened => Unit.Years,
            CheckKind.ShareOf => Unit.Percent,
            _ => series.Unit,
        };
        if (unit.Dimension() != expected.Dimension())
            throw row.Error("unit", $"unit '{unit.Symbol()}' does not fit series '{series.Id}' checked as {check} (expected {expected.Symbol()}).");
        return new Quantity(value, unit);
    }

    private static IEnumerable<Observation> LoadObservations(
        string path, string display, References refs, Dictionary<(string, string, string, string), SourceLocation> keys)
    {
        foreach (var r in CsvTable.Read(path, display, DataFiles.ObservationColumns))
        {
            var series = refs.SeriesOf(r);
            var entity = refs.Entity(r);
            var period = r.Period("period");
            var quantity = QuantityIn(r, series);
            var vintageText = r.Required("vintage");
            if (!Vintage.TryParse(vintageText, out var vintage))
                throw r.Error("vintage", $"'{vintageText}' is not a vintage; expected {Vintage.Grammar}.");
            var source = refs.Source(r);
            if (refs.Sources[source].IsArticle)
                throw r.Error("source_id", $"the article is not evidence: its numbers belong in {DataFiles.Claims}.");
            // Final accounts (决算) are the final figures of a year that has ended; the January budget reports give the first ones.
            var document = refs.Sources[source].Document;
            if (document.IsFinalAccounts && period.IsFullYear && document.PublishedOn is { } issued && period.Year < issued.Year
                && vintage != Vintage.FinalVerified)
                throw r.Error("vintage", $"'{vintageText}': {document.Id} is a final-accounts report (决算), so its figures for {period} are 'final'.");
            var quote = r.Required("quote");
            var key = (series.Id, entity, period.ToString(), source);
            if (!keys.TryAdd(key, r.Location))
                throw r.Error("series", $"duplicate key ({series.Id}, {entity}, {period}, {source}); first at {keys[key]}.");
            yield return new Observation(series.Id, entity, period, quantity, source, quote, r.Optional("note"), r.Location) { Vintage = vintage };
        }
    }

    private static IReadOnlyList<PlanItem> LoadPlan(string path, string display, References refs) =>
        UniqueBy(CsvTable.Read(path, display, DataFiles.PlanColumns).Select(r => (r, new PlanItem(
            r.Required("item_id"), r.Enum("kind", PlanItemKinds.ByName), r.Optional("group"), r.Required("name"), r.Optional("article_tier"),
            refs.Source(r), r.Required("quote"), r.Optional("note"), r.Location))),
            "item_id", p => p.Id).Values.OrderBy(p => p.Location.Line).ToArray();

    private static IReadOnlyList<Claim> LoadClaims(string path, string display, References refs) =>
        UniqueBy(CsvTable.Read(path, display, DataFiles.ClaimColumns).Select(r =>
        {
            var series = refs.SeriesOf(r);
            var check = r.Enum("check", Checks);
            var compare = r.Optional("compare");
            return (r, new Claim(
                r.Required("claim_id"), r.Required("theme"), r.Required("quote"), QuantityIn(r, series, check),
                r.Enum("qualifier", Qualifiers), refs.Entity(r), series.Id, r.Period("period"), check, compare,
                refs.Source(r), r.Optional("note"), r.Location)
            {
                Target = TargetOf(r, check, compare, refs),
                WouldConfirm = r.Optional("would_confirm"),
            });
        }), "claim_id", c => c.Id).Values.OrderBy(c => c.Location.Line).ToArray();

    /// <summary>Types the `compare` cell by the check: an entity, a plan kind, or nothing.</summary>
    private static ComparisonTarget TargetOf(CsvRow r, CheckKind check, string compare, References refs)
    {
        var checkName = r.Required("check");
        switch (check)
        {
            case CheckKind.OvertakeYear or CheckKind.ShareOf or CheckKind.LeadWidened:
                return refs.Entities.ContainsKey(compare)
                    ? new EntityTarget(compare)
                    : throw r.Error("compare", $"a {checkName} claim must name the entity it compares with; '{compare}' is not in {DataFiles.Entities}.");
            case CheckKind.PlanCount:
                return PlanItemKinds.ByName.TryGetValue(compare, out var kind)
                    ? new PlanKindTarget(kind)
                    : throw r.Error("compare", $"a plan_count claim must name a plan kind ({string.Join(", ", PlanItemKinds.ByName.Keys)}), not '{compare}'.");
            default:
                return compare.Length == 0
                    ? NoTarget.Instance
                    : throw r.Error("compare", $"a {checkName} claim compares with nothing; leave compare empty (found '{compare}').");
        }
    }
}
