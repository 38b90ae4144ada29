namespace Guangzhou.Analysis.Data;

/// <summary>How precisely a number was printed; a source's rounding is data about the number.</summary>
public static class Precision
{
    /// <summary>Half a unit of the last decimal the number was printed with: 253.98 → 0.005, 64 → 0.5.</summary>
    public static decimal HalfLastDigit(decimal printed)
    {
        var text = printed.ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.');
        var decimals = dot < 0 ? 0 : text.Length - dot - 1;
        var unit = 1m;
        for (var i = 0; i < decimals; i++) unit /= 10m;
        return unit / 2m;
    }
}
