namespace Guangzhou.Analysis.Data;

public enum PlanItemKind { Cluster, FutureIndustry, ModernService }

/// <summary>One item of Guangzhou's industrial plan: a strategic cluster, a future industry or a modern service.</summary>
public sealed record PlanItem(
    string Id, PlanItemKind Kind, string Group, string Name, string ArticleTier, string SourceId, string Quote, string Note,
    SourceLocation Location);
