namespace Guangzhou.Analysis.Data;

/// <summary>How a claim states its number: "2.1%" is exact, "約35萬" about, "逾140億" over, "不足" under; "突破300萬" passed
/// (the figure crossed the threshold in that period, not before).</summary>
public enum Qualifier { Exactly, About, Over, Under, Passed }

/// <summary>What kind of check a claim needs beyond comparing it with an observation of the same series.</summary>
public enum CheckKind
{
    /// <summary>Compare with observations of the same entity, series and period.</summary>
    Observation,
    /// <summary>The entity's rank by the series among the entities of its kind in the data (e.g. 第四大經濟城市; 排名靠後 as "over 4").</summary>
    Rank,
    /// <summary>The year in which the entity passed the comparison entity on the series.</summary>
    OvertakeYear,
    /// <summary>The entity's value as a share of the comparison entity's value (e.g. 佔全省26%).</summary>
    ShareOf,
    /// <summary>A count of plan items of the series' kind (e.g. 15個戰略性產業集群).</summary>
    PlanCount,
    /// <summary>The sum of the article's own tier figures against its stated total.</summary>
    PlanTotal,
    /// <summary>The entity's lead over the comparison entity grew over the stated number of years (進一步拉開差距).</summary>
    LeadWidened,
}

/// <summary>What a claim is compared with, typed when the claim is loaded (claims.csv `compare`).</summary>
public abstract record ComparisonTarget
{
    private protected ComparisonTarget() { }
}

/// <summary>No comparison: the claim is about its own entity.</summary>
public sealed record NoTarget : ComparisonTarget
{
    public static readonly NoTarget Instance = new();
    public override string ToString() => "";
}

/// <summary>Another entity (overtaking, shares, leads).</summary>
public sealed record EntityTarget(string EntityId) : ComparisonTarget
{
    public override string ToString() => EntityId;
}

/// <summary>A kind of plan item (counts of clusters, future industries, modern services).</summary>
public sealed record PlanKindTarget(PlanItemKind Kind) : ComparisonTarget
{
    public override string ToString() => Kind.Name();
}

/// <summary>A numeric statement of the article, as stated, with what it measures so that code can check it.</summary>
public sealed record Claim(
    string Id, string Theme, string Quote, Quantity Stated, Qualifier Qualifier,
    string Entity, string Series, Period Period, CheckKind Check, string Compare, string SourceId, string Note,
    SourceLocation Location)
{
    /// <summary>The typed form of <see cref="Compare"/>.</summary>
    public ComparisonTarget Target { get; init; } = NoTarget.Instance;

    /// <summary>The document and table that would confirm the claim where no independent row does (claims.csv `would_confirm`).</summary>
    public string WouldConfirm { get; init; } = "";

    /// <summary>The entity compared with; throws for claims that compare with none.</summary>
    public string CompareEntity => Target is EntityTarget e ? e.EntityId
        : throw new InvalidOperationException($"{Location}: claim {Id} ({Check}) compares with no entity.");
}
