namespace Guangzhou.Analysis.Figures;

/// <summary>Display names for the ids and source wordings that figures show (data keep the sources' own wording).</summary>
public static class Labels
{
    private static readonly IReadOnlyDictionary<string, Bilingual> Themes = new Dictionary<string, Bilingual>
    {
        ["gdp"] = new("經濟總量", "GDP"),
        ["industry"] = new("工業", "Industry"),
        ["autos"] = new("汽車", "Autos"),
        ["market"] = new("市場", "Market"),
        ["companies"] = new("企業", "Companies"),
        ["fiscal"] = new("財政", "Public finance"),
        ["targets"] = new("目標", "Targets"),
        ["clusters"] = new("產業集群", "Clusters"),
        ["hetao"] = new("河套科研", "Hetao research"),
    };

    /// <summary>The official cluster groups, printed in Simplified Chinese by the source.</summary>
    private static readonly IReadOnlyDictionary<string, Bilingual> PlanGroups = new Dictionary<string, Bilingual>
    {
        ["新兴支柱产业"] = new("新興支柱產業", "Emerging pillar industries"),
        ["战略先导产业"] = new("戰略先導產業", "Strategic leading industries"),
        ["特色优势产业"] = new("特色優勢產業", "Distinctive strength industries"),
    };

    public static string Theme(string id, Data.Language language) => Themes.TryGetValue(id, out var b) ? b.In(language) : id;

    public static string PlanGroup(string group, Data.Language language) => PlanGroups.TryGetValue(group, out var b) ? b.In(language) : group;
}
