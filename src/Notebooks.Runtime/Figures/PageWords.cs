namespace Notebooks.Runtime.Figures;

/// <summary>The few words of a figure page's frame, in the page's language: Chinese for a <c>zh</c> tag, else English.</summary>
internal sealed record PageWords(string Data, string DataNote, string Downloads, string Gallery, string SingleFile)
{
    private static readonly PageWords Chinese = new("數據", "圖中所繪數值，與 CSV 檔相同。", "下載", "全部圖表", "HTML（單一檔案）");
    private static readonly PageWords English = new("Data", "The values drawn in the figure, as in the CSV file.", "Downloads", "All figures", "HTML, single file");

    public static PageWords For(string languageTag) =>
        languageTag.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
}
