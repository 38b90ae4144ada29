using static Guangzhou.Analysis.Stories.StoryWords;

namespace Guangzhou.Analysis.Stories;

/// <summary>The GDP race in sentences, built from the notebook's parameters, in either language.</summary>
public static partial class GdpRace
{
    /// <summary>The race year by year, with names in the reader's language.</summary>
    public static IReadOnlyList<LeadRow> Standings(DataSet data, GdpRaceParameters p, Language l) =>
        Race(data, p).Standings(id => Name(data, id, l), l);

    /// <summary>Each change of the lead with its margin and vintage, then how often the lead changed hands.</summary>
    public static IReadOnlyList<string> LeadChanges(DataSet data, GdpRaceParameters p, Language l)
    {
        var race = Race(data, p);
        return race.Changes
            .Select(c => T(l, $"{c.Year}年：{Name(data, c.Leader, l)}以{Say(c.Lead, l)}超越{Name(data, c.Trailer, l)}（{c.VintageLabel(l)}）",
                $"{c.Year}: {Name(data, c.Leader, l)} passed {Name(data, c.Trailer, l)} by {Say(c.Lead, l)} ({c.VintageLabel(l)} figures)"))
            .Append(race.Changes.Count switch
            {
                0 => T(l, "數據中領先者從未易手。", "The lead never changed hands in the data."),
                1 => T(l, "領先者易手一次。", "The lead changed hands once."),
                _ => T(l, $"領先者易手{race.Changes.Count}次。", $"The lead changed hands {race.Changes.Count} times."),
            })
            .ToArray();
    }

    /// <summary>The incumbent's target, outcome and gap in each target year; a missing figure is said to be missing.</summary>
    public static IReadOnlyList<string> TargetLines(DataSet data, GdpRaceParameters p, Language l) =>
        AgainstTargets(data, p.Incumbent, p.TargetYears).Select(o =>
        {
            var target = o.Target is { } t ? Say(t.Quantity, l) : T(l, "未有可引用數字", "not cited");
            var outcome = o.Outcome is { } x ? Say(x.Quantity, l) : T(l, "尚無可引用數字", "not yet cited");
            var gap = o.Gap is { } g ? Say(g, l) : "–";
            return T(l, $"{Name(data, p.Incumbent, l)}{o.Year}年：目標{target}，實際{outcome}，差距{gap}",
                $"{Name(data, p.Incumbent, l)} {o.Year}: target {target}, outcome {outcome}, gap {gap}");
        }).ToArray();

    /// <summary>The notebook's conclusion: the first pass, the latest standing, and the targets missed.</summary>
    public static IReadOnlyList<string> Summary(DataSet data, GdpRaceParameters p, Language l)
    {
        var race = Race(data, p);
        var (challenger, incumbent) = (Name(data, p.Challenger, l), Name(data, p.Incumbent, l));
        var years = $"{p.FromYear}–{p.ToYear}";
        var pass = race.FirstPass(p.Challenger);
        var outcomes = AgainstTargets(data, p.Incumbent, p.TargetYears);
        var compared = outcomes.Count(o => o.Met is not null);
        var missed = outcomes.Count(o => o.Met == false);
        return
        [
            pass is null
                ? T(l, $"{years}年間{challenger}未有超越{incumbent}。", $"First pass of {incumbent} by {challenger}, {years}: none in the data.")
                : T(l, $"{years}年間{challenger}首次超越{incumbent}：{pass.Year}年，領先{Say(pass.Lead, l)}（{pass.VintageLabel(l)}）。",
                    $"First pass of {incumbent} by {challenger}, {years}: {pass.Year}, by {Say(pass.Lead, l)} on {pass.VintageLabel(l)} figures."),
            race.Latest is { } last
                ? T(l, $"最近一年{last.Year}年：{Name(data, last.Leader, l)}領先{Name(data, last.Trailer, l)}{Say(last.Lead, l)}。",
                    $"Latest year {last.Year}: {Name(data, last.Leader, l)} leads {Name(data, last.Trailer, l)} by {Say(last.Lead, l)}.")
                : T(l, $"{challenger}與{incumbent}在{years}年沒有共同年份的GDP。", $"{challenger} and {incumbent} have no year of GDP in common in {years}."),
            T(l, $"在既有目標又有實際數的{compared}年中，{incumbent}有{missed}年未達增長目標。",
                $"{incumbent} missed its growth target in {missed} of the {compared} years with both a target and an outcome."),
        ];
    }

    /// <summary>
    /// An arithmetic illustration, not a target from the sources: the constant growth that would multiply the city's GDP
    /// of one year by the parameters' factor by a later year, and where the latest cited year stands against that path.
    /// </summary>
    public static string GrowthToMultiply(DataSet data, MultipleParameters p, Language l)
    {
        var m = Multiple(data, p);
        var (name, factor) = (Name(data, p.City, l), p.Factor.ToString("0.##", CultureInfo.InvariantCulture));
        var head = T(l, $"{name}{p.FromYear}年GDP為{Say(m.Baseline, l)}{Source(p.Baseline.SourceId, l)}；要在{p.ByYear}年達到其{factor}倍（{Say(m.Target, l)}），每年須增長{Say(m.AnnualRate, l)}。",
            $"{name}'s GDP in {p.FromYear} was {Say(m.Baseline, l)}{Source(p.Baseline.SourceId, l)}; reaching {factor} times that ({Say(m.Target, l)}) by {p.ByYear} takes {Say(m.AnnualRate, l)} a year. ");
        var latest = m.Latest is not { } c ? ""
            : T(l, $"{c.Year}年實際為{Say(c.Level, l)}{Source(c.Row.SourceId, l)}，比此路徑當年的{Say(c.PathLevel, l)}{(c.Gap.Value < 0 ? "低" : "高")}{Say(new Percent(Math.Abs(c.Gap.Value)), l)}。",
                $"In {c.Year} it was {Say(c.Level, l)}{Source(c.Row.SourceId, l)}, {Say(new Percent(Math.Abs(c.Gap.Value)), l)} {(c.Gap.Value < 0 ? "below" : "above")} the path's {Say(c.PathLevel, l)} for that year. ");
        return head + latest + T(l, "這是算術示例，不是來源中的目標。", "An arithmetic illustration, not a target in the sources.");
    }
}
