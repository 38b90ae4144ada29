using System.Text.RegularExpressions;

namespace Guangzhou.Analysis.Data;

/// <summary>A publication date as precise as the source shows it: <c>2025</c>, <c>2025-02</c> or <c>2025-02-20</c>.</summary>
public sealed partial record PublicationDate(int Year, int? Month, int? Day)
{
    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?<m>0[1-9]|1[0-2])(?:-(?<d>0[1-9]|[12][0-9]|3[01]))?)?$")]
    private static partial Regex Grammar();

    public static bool TryParse(string text, out PublicationDate? date)
    {
        date = null;
        var m = Grammar().Match(text.Trim());
        if (!m.Success) return false;
        int? Part(string g) => m.Groups[g].Success ? int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : null;
        date = new PublicationDate(Part("y")!.Value, Part("m"), Part("d"));
        return true;
    }

    /// <summary>Compared at the coarser of the two precisions: 2025-02-20 is on or before 2025-02, and 2025-02 before 2025-02-01.</summary>
    public bool IsOnOrBefore(PublicationDate other)
    {
        if (Year != other.Year) return Year < other.Year;
        if (Month is not { } m || other.Month is not { } om) return true;
        if (m != om) return m < om;
        return Day is not { } d || other.Day is not { } od || d <= od;
    }

    /// <summary>The first day the date can mean (2025-02 → 1 February 2025).</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean (2025-02 → 28 February 2025).</summary>
    public DateOnly Latest => Day is { } d ? new DateOnly(Year, Month!.Value, d)
        : Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m)) : new DateOnly(Year, 12, 31);

    public override string ToString() =>
        Year.ToString(CultureInfo.InvariantCulture) + (Month is { } m ? $"-{m:00}" : "") + (Day is { } d ? $"-{d:00}" : "");
}
