namespace Guangzhou.Analysis.Data;

/// <summary>Which publishers are government bodies: their documents are official, and a media report of one is a reading of it.</summary>
public static class Publishers
{
    // Chinese government bodies are named by their office: 统计局, 财政局, 人民政府, 发展和改革委员会, 调查总队, 人民代表大会…
    private static readonly string[] GovernmentEndings = ["局", "政府", "委员会", "委員會", "总队", "總隊", "人民代表大会", "人民代表大會", "办公厅", "辦公廳"];

    /// <summary>True when every named part of <paramref name="publisher"/> (parts separated by " / " or spaces) is a government body.</summary>
    public static bool IsGovernment(string publisher)
    {
        var parts = publisher.Split(['/', ' ', '　'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0 && parts.All(p => GovernmentEndings.Any(e => p.EndsWith(e, StringComparison.Ordinal)));
    }
}
