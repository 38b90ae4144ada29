using System.Text.RegularExpressions;

namespace Guangzhou.Analysis.Data;

public enum PeriodKind { Year, Quarters, Months, YearSpan }

/// <summary>
/// When a number applies: a calendar year (<c>2024</c>), cumulative quarters (<c>2024Q1-Q3</c>) or a single quarter (<c>2024Q2</c>),
/// cumulative months (<c>2024M01-M11</c>) or one month (<c>2024M11</c>), or a multi-year span (<c>2021-2025</c>).
/// Year-to-date figures are kept apart from annual ones because Chinese releases report both and they do not compare.
/// </summary>
public sealed partial record Period
{
    /// <summary>
    /// Builds a period and refuses one that cannot exist (2024Q3-Q1, month 13, 2025-2021), as a date type refuses 30 February:
    /// every Period in the program is a real one, so no query has to re-check it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The fields do not describe a period; the message says which rule fails.</exception>
    public Period(PeriodKind Kind, int Year, int From, int To, int EndYear)
    {
        if (Problem(Kind, Year, From, To, EndYear) is { } problem)
            throw new ArgumentOutOfRangeException(nameof(From), $"Not a period ({Kind} {Year} {From}-{To}, ends {EndYear}): {problem}.");
        this.Kind = Kind;
        this.Year = Year;
        this.From = From;
        this.To = To;
        this.EndYear = EndYear;
    }

    public PeriodKind Kind { get; }
    public int Year { get; }
    public int From { get; }
    public int To { get; }
    public int EndYear { get; }

    public void Deconstruct(out PeriodKind kind, out int year, out int from, out int to, out int endYear) =>
        (kind, year, from, to, endYear) = (Kind, Year, From, To, EndYear);

    /// <summary>Why the fields are not a period, or null when they are.</summary>
    private static string? Problem(PeriodKind kind, int year, int from, int to, int endYear) => kind switch
    {
        _ when year is < 1 or > 9999 => "the year must be between 1 and 9999",
        PeriodKind.Year when (from, to, endYear) != (1, 12, year) => "a calendar year runs from month 1 to 12 of one year",
        PeriodKind.Quarters when from is < 1 or > 4 || to is < 1 or > 4 => "quarters are numbered 1 to 4",
        PeriodKind.Months when from is < 1 or > 12 || to is < 1 or > 12 => "months are numbered 1 to 12",
        PeriodKind.Quarters or PeriodKind.Months when from > to => "the first quarter or month comes after the last",
        PeriodKind.Quarters or PeriodKind.Months when endYear != year => "quarters and months lie within one year",
        PeriodKind.YearSpan when endYear <= year => "a span of years ends after it starts",
        PeriodKind.YearSpan when (from, to) != (1, 12) => "a span of years covers whole years",
        PeriodKind.Year or PeriodKind.Quarters or PeriodKind.Months or PeriodKind.YearSpan => null,
        _ => $"unknown kind {kind}",
    };

    public static Period OfYear(int year) => new(PeriodKind.Year, year, 1, 12, year);
    public static Period OfQuarters(int year, int from, int to) => new(PeriodKind.Quarters, year, from, to, year);
    public static Period OfMonths(int year, int from, int to) => new(PeriodKind.Months, year, from, to, year);
    public static Period OfSpan(int from, int to) => new(PeriodKind.YearSpan, from, 1, 12, to);

    public bool IsFullYear => Kind == PeriodKind.Year;

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:(?<q>Q(?<q1>[1-4])(?:-Q(?<q2>[1-4]))?)|(?<m>M(?<m1>[0-9]{2})(?:-M(?<m2>[0-9]{2}))?)|(?:-(?<y2>[0-9]{4})))?$")]
    private static partial Regex Grammar();

    public static bool TryParse(string text, out Period period)
    {
        period = null!;
        var m = Grammar().Match(text.Trim());
        if (!m.Success) return false;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["q"].Success)
        {
            var q1 = int.Parse(m.Groups["q1"].Value, CultureInfo.InvariantCulture);
            var q2 = m.Groups["q2"].Success ? int.Parse(m.Groups["q2"].Value, CultureInfo.InvariantCulture) : q1;
            if (Problem(PeriodKind.Quarters, year, q1, q2, year) is not null) return false;
            period = OfQuarters(year, q1, q2);
            return true;
        }
        if (m.Groups["m"].Success)
        {
            var m1 = int.Parse(m.Groups["m1"].Value, CultureInfo.InvariantCulture);
            var m2 = m.Groups["m2"].Success ? int.Parse(m.Groups["m2"].Value, CultureInfo.InvariantCulture) : m1;
            if (Problem(PeriodKind.Months, year, m1, m2, year) is not null) return false;
            period = OfMonths(year, m1, m2);
            return true;
        }
        if (m.Groups["y2"].Success)
        {
            var end = int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture);
            if (Problem(PeriodKind.YearSpan, year, 1, 12, end) is not null) return false;
            period = OfSpan(year, end);
            return true;
        }
        if (Problem(PeriodKind.Year, year, 1, 12, year) is not null) return false;
        period = OfYear(year);
        return true;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"'{text}' is not a period (expected 2024, 2024Q1-Q3, 2024M01-M11 or 2021-2025).");

    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Quarters when From == To => $"{Year}Q{From}",
        PeriodKind.Quarters => $"{Year}Q{From}-Q{To}",
        PeriodKind.Months when From == To => $"{Year}M{From:00}",
        PeriodKind.Months => $"{Year}M{From:00}-M{To:00}",
        PeriodKind.YearSpan => $"{Year}-{EndYear}",
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The period as a Chinese newsroom writes it: 2024年, 2024年前三季度, 2024年1-11月.</summary>
    public string ToChinese() => Kind switch
    {
        PeriodKind.Year => $"{Year}年",
        PeriodKind.Quarters when From == 1 && To == 3 => $"{Year}年前三季度",
        PeriodKind.Quarters when From == 1 && To == 2 => $"{Year}年上半年",
        PeriodKind.Quarters when From == To => $"{Year}年第{From}季度",
        PeriodKind.Quarters => $"{Year}年第{From}至{To}季度",
        PeriodKind.Months when From == To => $"{Year}年{To}月",
        PeriodKind.Months => $"{Year}年{From}-{To}月",
        PeriodKind.YearSpan => $"{Year}-{EndYear}年",
        _ => throw new InvalidOperationException(),
    };
}
