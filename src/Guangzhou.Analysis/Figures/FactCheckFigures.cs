using static Guangzhou.Analysis.Figures.FigureWords;

namespace Guangzhou.Analysis.Figures;

/// <summary>The fact-check overview: verdicts by theme.</summary>
public static class FactCheckFigures
{
    public static Figure Verdicts(DataSet d, Language l = Language.Chinese)
    {
        var verdicts = FactCheck.Verdicts(d);
        var themes = verdicts.Select(v => v.Claim.Theme).Distinct().ToArray();
        var colors = new Dictionary<Verdict, string>
        {
            [Verdict.Confirmed] = HouseStyle.Positive, [Verdict.Close] = "#8ab17d", [Verdict.Contradicted] = HouseStyle.Negative,
            [Verdict.InternallyInconsistent] = "#e9a23b", [Verdict.Unconfirmed] = HouseStyle.Unconfirmed,
        };
        var parts = Enum.GetValues<Verdict>().Select(v => new BarSeries(T(l, v.Chinese(), v.Id()), colors[v],
            themes.Select(t => (decimal?)verdicts.Count(x => x.Claim.Theme == t && x.Verdict == v)).ToArray())).ToArray();
        var confirmed = verdicts.Count(v => v.Verdict == Verdict.Confirmed);
        var text = new FigureText(
            T(l, $"報道{verdicts.Count}個數字，{confirmed}個獲獨立來源證實", $"{confirmed} of the article's {verdicts.Count} numbers confirmed by independent sources"),
            T(l, "按主題的核實結果，個", "Verdicts by theme, count"), "", T(l, "個", "count"),
            SourceLine.From(verdicts.SelectMany(v => v.EvidenceSources).Distinct().Select(id => d.Sources[id]), l).Split('、', ';').Length > 6
                ? T(l, "資料來源：見 claims.csv 各行所列來源", "Sources: see each row of claims.csv")
                : SourceLine.From(verdicts.SelectMany(v => v.EvidenceSources).Distinct().Select(id => d.Sources[id]), l),
            T(l, "註：「未能證實」指找不到獨立來源，並非證明有誤。", "Note: \"unconfirmed\" means no independent source was found, not that the number is wrong."));
        return Make("claim-verdicts", l, text, ChartBuilders.StackedShares(text, themes.Select(t => Labels.Theme(t, l)).ToArray(), parts, asShares: false, "0"));
    }
}
