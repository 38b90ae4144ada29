namespace Guangzhou.Analysis.Data;

public enum PlanItemKind { Cluster, FutureIndustry, ModernService }

/// <summary>The one mapping between plan kinds and their names in data/ (industry_plan.csv `kind`, claims.csv `compare`).</summary>
public static class PlanItemKinds
{
    public static readonly IReadOnlyDictionary<string, PlanItemKind> ByName = new Dictionary<string, PlanItemKind>(StringComparer.Ordinal)
    {
        ["cluster"] = PlanItemKind.Cluster, ["future_industry"] = PlanItemKind.FutureIndustry, ["modern_service"] = PlanItemKind.ModernService,
    };

    public static string Name(this PlanItemKind kind) => ByName.First(p => p.Value == kind).Key;
}

/// <summary>One item of Guangzhou's industrial plan: a strategic cluster, a future industry or a modern service.</summary>
public sealed record PlanItem(
    string Id, PlanItemKind Kind, string Group, string Name, string ArticleTier, string SourceId, string Quote, string Note,
    SourceLocation Location);
