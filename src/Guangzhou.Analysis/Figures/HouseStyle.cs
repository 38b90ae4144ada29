namespace Guangzhou.Analysis.Figures;

/// <summary>One look for every figure: type, sizes, colours. A designer changes it here, once.</summary>
public static class HouseStyle
{
    /// <summary>
    /// A Traditional Chinese face on every system, Noto first so figures come out identical wherever it is installed (Debian's
    /// fonts-noto-cjk; Noto Sans TC is its Google Fonts cut; Source Han Sans TC is the same design under Adobe's name), then the
    /// one each system ships: Microsoft JhengHei on Windows, PingFang TC on macOS. No Simplified Chinese face: it would draw
    /// the mainland forms of the characters. The figure export refuses to write images when none of them can draw the text.
    /// </summary>
    public const string FontFamily = "Noto Sans CJK TC, Noto Sans TC, Source Han Sans TC, Microsoft JhengHei, PingFang TC, sans-serif";
    public const int Width = 1200;
    public const int Height = 720;
    public const string Ink = "#1a1a1a";
    public const string Muted = "#6b6b6b";
    public const string Grid = "#e4e4e4";
    public const string Background = "#ffffff";
    public const string Positive = "#2b7a3d";
    public const string Negative = "#b5332e";
    public const string Total = "#3d3d3d";
    public const string Unconfirmed = "#b0b0b0";

    public const int TitleSize = 26;
    public const int SubtitleSize = 17;
    public const int BodySize = 15;
    public const int SourceSize = 13;
}

/// <summary>A fixed colour per entity: 廣州 is always the same red, whatever the chart.</summary>
public static class EntityColors
{
    private static readonly IReadOnlyDictionary<string, string> Colors = new Dictionary<string, string>
    {
        ["guangzhou"] = "#c8102e",
        ["chongqing"] = "#1f4e79",
        ["shenzhen"] = "#2a9d8f",
        ["hangzhou"] = "#e9a23b",
        ["beijing"] = "#6d597a",
        ["shanghai"] = "#3a86c8",
        ["suzhou"] = "#8ab17d",
        ["chengdu"] = "#b56576",
        ["guangdong"] = "#e07a5f",
        ["china"] = "#4a4a4a",
        ["byd"] = "#0b6e4f",
        ["gac_group"] = "#c8102e",
    };

    private static readonly string[] Fallback = ["#8d99ae", "#a3a380", "#7f7f7f", "#9c89b8"];

    public static string For(string entityId) =>
        Colors.TryGetValue(entityId, out var c) ? c : Fallback[(int)((uint)StableHash(entityId) % Fallback.Length)];

    private static int StableHash(string s)
    {
        unchecked
        {
            var h = 17;
            foreach (var ch in s) h = h * 31 + ch;
            return h;
        }
    }
}
