using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Data;

/// <summary>How a claim states its number: "2.1%" is exact, "約35萬" about, "逾140億" over, "不足" under.</summary>
public enum Qualifier { Exactly, About, Over, Under }

/// <summary>What kind of check a claim needs beyond comparing it with an observation of the same series.</summary>
public enum CheckKind
{
    /// <summary>Compare with observations of the same entity, series and period.</summary>
    Observation,
    /// <summary>The entity's rank by the series among the cities in the data (e.g. 第四大經濟城市).</summary>
    Rank,
    /// <summary>The year in which the entity passed the comparison entity on the series.</summary>
    OvertakeYear,
    /// <summary>The entity's value as a share of the comparison entity's value (e.g. 佔全省26%).</summary>
    ShareOf,
    /// <summary>A count of plan items of the series' kind (e.g. 15個戰略性產業集群).</summary>
    PlanCount,
    /// <summary>The sum of the article's own tier figures against its stated total.</summary>
    PlanTotal,
}

/// <summary>A numeric statement of the article, as stated, with what it measures so that code can check it.</summary>
public sealed record Claim(
    string Id, string Theme, string Quote, Quantity Stated, Qualifier Qualifier,
    string Entity, string Series, Period Period, CheckKind Check, string Compare, string SourceId, string Note,
    SourceLocation Location);
