using static Guangzhou.Analysis.Stories.StoryWords;

namespace Guangzhou.Analysis.Stories;

/// <summary>The auto industry in sentences, built from the notebook's parameters, in either language.</summary>
public static partial class AutoIndustry
{
    /// <summary>The output the article states for both cities and their margin, then the margin independent sources give.</summary>
    public static IReadOnlyList<string> OutputLines(DataSet data, AutoIndustryParameters p, Language l)
    {
        var (a, b) = (Name(data, p.CityA, l), Name(data, p.CityB, l));
        var statedA = ArticleOutput(data, p.CityA, p.Year);
        var statedB = ArticleOutput(data, p.CityB, p.Year);
        var cited = OutputMargin(data, p.CityA, p.CityB, p.Year);
        return
        [
            statedA is { } x && statedB is { } y
                ? T(l, $"報道，{p.Year}年：{a}{Say(x, l)}，{b}{Say(y, l)}；相差{Say(Margin(x, y), l)}。",
                    $"Article, {p.Year}: {a} {Say(x, l)}, {b} {Say(y, l)}; margin {Say(Margin(x, y), l)}.")
                : T(l, $"報道沒有給出{(statedA is null ? a : b)}{p.Year}年的產量。", $"The article states no {p.Year} output for {(statedA is null ? a : b)}."),
            cited is { } m
                ? T(l, $"據獨立來源：相差{Say(m, l)}。", $"From independent sources: margin {Say(m, l)}.")
                : T(l, $"獨立來源：未能同時引用{a}與{b}{p.Year}年的產量，相差之數只有報道一個來源。",
                    $"Independent sources: the {p.Year} output of {a} and {b} could not both be cited, so the margin rests on the article alone."),
        ];
    }

    /// <summary>Every cited annual output of a city, with its source and the row's note.</summary>
    public static IReadOnlyList<string> OutputHistory(DataSet data, string city, Language l) =>
        data.AnnualSeries("auto_output", city).Select(o =>
                T(l, $"{Name(data, city, l)}{o.Period.ToChinese()}汽車產量：{Say(o.Quantity, l)}{Source(o.SourceId, l)}",
                    $"{Name(data, city, l)} output {o.Period}: {Say(o.Quantity, l)}{Source(o.SourceId, l)}")
                + (o.Note.Length > 0 ? " — " + o.Note : ""))
            .ToArray();

    /// <summary>The notebook's conclusion: city A's car making in the year and the next year's first three quarters, and the article's output lead.</summary>
    public static IReadOnlyList<string> Summary(DataSet data, AutoIndustryParameters p, Language l)
    {
        var a = Name(data, p.CityA, l);
        var va = data.BestOrStandIn("auto_mfg_va_growth", p.CityA, Period.OfYear(p.Year));
        var vaNext = data.BestOrStandIn("auto_mfg_va_growth", p.CityA, Period.OfQuarters(p.Year + 1, 1, 3));
        var none = T(l, "無可引用數字", "n/a");
        var statedA = ArticleOutput(data, p.CityA, p.Year);
        var statedB = ArticleOutput(data, p.CityB, p.Year);
        return
        [
            T(l, $"{a}汽車製造業增加值：{p.Year}年{(va is null ? none : Say(va.Quantity, l))}，{p.Year + 1}年前三季度{(vaNext is null ? none : Say(vaNext.Quantity, l))}。",
                $"{a} auto manufacturing: {(va is null ? none : Say(va.Quantity, l))} in {p.Year}, {(vaNext is null ? none : Say(vaNext.Quantity, l))} in the first three quarters of {p.Year + 1}."),
            statedA is { } x && statedB is { } y
                ? T(l, $"報道所說{p.Year}年的產量差距為{Say(Margin(x, y), l)}。", $"The {p.Year} output lead the article reports is {Say(Margin(x, y), l)}.")
                : T(l, $"報道沒有給出{a}與{Name(data, p.CityB, l)}{p.Year}年的產量差距。",
                    $"The article reports no {p.Year} output lead between {a} and {Name(data, p.CityB, l)}."),
        ];
    }
}
