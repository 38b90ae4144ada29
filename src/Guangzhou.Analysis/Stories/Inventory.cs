using static Guangzhou.Analysis.Stories.StoryWords;

namespace Guangzhou.Analysis.Stories;

/// <summary>What a notebook loaded: the first sentence every notebook prints, so a reader sees the scale of the evidence.</summary>
public static class Inventory
{
    public static string Sentence(DataSet data, Language l)
    {
        var documents = data.Sources.Values.Select(s => s.Document.Id).Distinct().Count();
        return T(l, $"共{data.Observations.Count}個數據點，來自{documents}份文件的{data.Sources.Count}次閱讀；報道共有{data.Claims.Count}個可核實的數字。",
            $"{data.Observations.Count} observations from {data.Sources.Count} readings of {documents} documents, {data.Claims.Count} claims of the article.");
    }
}
