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
    /// of one year by <paramref name="factor"/> by a later year.
    /// </summary>
    /// <exception cref="InvalidParameterException">No cited GDP of the city in that year, or a target year not after it.</exception>
    public static string GrowthToMultiply(DataSet data, string city, int fromYear, decimal factor, int byYear, Language l)
    {
        var gdp = data.Best("gdp", city, Period.OfYear(fromYear));
        if (gdp is null)
        {
            var held = data.Find("gdp", city).Where(o => o.Period.Kind == PeriodKind.Year).Select(o => o.Period.Year).Distinct().Order();
            throw InvalidParameterException.NotAmong(nameof(fromYear), fromYear, $"no cited GDP of \"{city}\" in that year", held);
        }
        if (byYear <= fromYear)
            throw new InvalidParameterException(nameof(byYear), $"byYear = {byYear}: must be after fromYear ({fromYear}).");
        var from = gdp.Quantity.AsMoney();
        var rate = Growth.RequiredToReach(from, fromYear, from * factor, byYear);
        var name = Name(data, city, l);
        return T(l, $"{name}{fromYear}年GDP為{Say(gdp.Quantity, l)}{Source(gdp.SourceId, l)}；要在{byYear}年達到其{factor.ToString("0.##", CultureInfo.InvariantCulture)}倍（{Say(from * factor, l)}），每年須增長{Say(rate, l)}。這是算術示例，不是來源中的目標。",
            $"{name}'s GDP in {fromYear} was {Say(gdp.Quantity, l)}{Source(gdp.SourceId, l)}; reaching {factor.ToString("0.##", CultureInfo.InvariantCulture)} times that ({Say(from * factor, l)}) by {byYear} takes {Say(rate, l)} a year. An arithmetic illustration, not a target in the sources.");
    }
}
