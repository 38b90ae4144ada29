using static Guangzhou.Analysis.Figures.FigureWords;

namespace Guangzhou.Analysis.Figures;

/// <summary>The fact-check overview: verdicts by theme, confirmations split by the grade of their evidence.</summary>
public static class FactCheckFigures
{
    // Strongest evidence darkest: a reader sees at a glance which confirmations are official.
    private static readonly IReadOnlyList<string> CategoryColors =
        [HouseStyle.Positive, "#74a96a", "#5b84b1", "#8fa5bf", "#c2a05a", "#9b6fa8", HouseStyle.Negative, HouseStyle.Unconfirmed, "#e9a23b"];

    /// <exception cref="InvalidParameterException">A theme that no claim has.</exception>
    public static Figure Verdicts(DataSet d, Language l = Language.Chinese, string theme = "")
    {
        var verdicts = FactCheck.Verdicts(d, theme);
        var themes = verdicts.Select(v => v.Claim.Theme).Distinct().ToArray();
        var categories = VerdictWords.Categories;
        var parts = categories.Select((c, i) => new BarSeries(T(l, c.Zh, c.En), CategoryColors[i],
            themes.Select(t => (decimal?)verdicts.Count(x => x.Claim.Theme == t && VerdictWords.Category(x, Language.English) == c.En)).ToArray(),
            themes.Select(t => (Origin?)Origin.Computed("", verdicts.Where(x => x.Claim.Theme == t && VerdictWords.Category(x, Language.English) == c.En)
                .SelectMany(x => x.EvidenceSources))).ToArray())).ToArray();
        var official = verdicts.Count(v => v.Verdict == Verdict.Confirmed && v.Grade is EvidenceGrade.Official or EvidenceGrade.OfficialReprint);
        var supported = verdicts.Count(v => v.Verdict == Verdict.Confirmed) - official;
        var scope = theme.Length == 0 ? "" : Labels.Theme(theme, l);
        var sources = verdicts.SelectMany(v => v.EvidenceSources).Distinct().Select(id => d.Sources[id]).ToArray();
        var text = new FigureText(
            T(l, $"報道{scope}{verdicts.Count}個數字，{official}個獲官方文件證實，{supported}個僅獲媒體或弱來源支持",
                $"{official} of the article's {verdicts.Count} numbers{(scope.Length > 0 ? $" on {scope}" : "")} confirmed by official documents, {supported} more supported only by media or weak sources"),
            T(l, "按主題的核實結果及證據等級，個", "Verdicts by theme and grade of evidence, count"), "", T(l, "個", "count"),
            SourceLine.From(sources, l).Split('、', ';').Length > 6
                ? T(l, "資料來源：見 claims.csv 各行所列來源", "Sources: see each row of claims.csv")
                : SourceLine.From(sources, l),
            T(l, "註：「未能證實」指找不到獨立來源，並非證明有誤；「有爭議」指較弱來源與較強證據相左。",
                "Note: \"unconfirmed\" means no independent source was found, not that the number is wrong; \"disputed\" means weaker evidence says otherwise than stronger evidence."));
        return Make(theme.Length == 0 ? "claim-verdicts" : $"claim-verdicts-{theme}", l, text,
            ChartBuilders.StackedShares(text, themes.Select(t => Labels.Theme(t, l)).ToArray(), parts, asShares: false, U(l, Unit.Count), "0"));
    }
}
