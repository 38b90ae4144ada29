namespace Guangzhou.Analysis.Data;

/// <summary>The files of data/ and their headers: the contract between the data desk and the code.</summary>
public static class DataFiles
{
    public const string Documents = "documents.csv";
    public const string Sources = "sources.csv";
    public const string Entities = "entities.csv";
    public const string Series = "series.csv";
    public const string Claims = "claims.csv";
    public const string Plan = "industry_plan.csv";

    /// <summary>Files of one number a row. Split by theme so that a reviewer reads one topic at a time.</summary>
    public static readonly IReadOnlyList<string> Observations =
        ["gdp.csv", "industry.csv", "fiscal.csv", "market.csv", "targets.csv", "plan_targets.csv"];

    public static readonly IReadOnlyList<string> DocumentColumns =
        ["document_id", "publisher", "publisher_en", "title", "published", "kind", "language", "host", "note"];
    public static readonly IReadOnlyList<string> SourceColumns =
        ["source_id", "document_id", "url", "accessed", "reading", "host_kind", "grade", "note"];
    public static readonly IReadOnlyList<string> EntityColumns = ["entity_id", "name_zh", "name_en", "kind"];
    public static readonly IReadOnlyList<string> SeriesColumns = ["series_id", "unit", "name_zh", "name_en", "definition", "stands_in_for"];
    public static readonly IReadOnlyList<string> ObservationColumns =
        ["series", "entity", "period", "value", "unit", "vintage", "source_id", "quote", "note"];
    public static readonly IReadOnlyList<string> PlanColumns =
        ["item_id", "kind", "group", "name", "article_tier", "source_id", "quote", "note"];
    public static readonly IReadOnlyList<string> ClaimColumns =
        ["claim_id", "theme", "quote", "value", "unit", "qualifier", "entity", "series", "period", "check", "compare", "source_id", "note", "would_confirm"];
}
