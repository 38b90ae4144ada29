namespace Guangzhou.Analysis.Stories;

/// <summary>
/// The wording helpers the story's sentences share: a phrase in the reader's language, entity names, and amounts in the
/// units that language counts in (<see cref="UnitWords"/>), printed to the digits they were published with.
/// </summary>
internal static class StoryWords
{
    public static string T(Language l, string zh, string en) => l == Language.Chinese ? zh : en;

    public static string Name(DataSet d, string id, Language l) => d.EntityName(id, l);

    /// <summary>
    /// An amount with every digit it was published with, whatever the scale it is read in (290.03億元 = 29.003 bn yuan); a
    /// computed one is first cut to four decimals in its own unit, as <see cref="Display"/> prints it.
    /// </summary>
    public static string Say(Quantity q, Language l)
    {
        var value = q.Value.Scale > Display.MaxDecimals ? Math.Round(q.Value, Display.MaxDecimals, MidpointRounding.AwayFromZero) : q.Value;
        return UnitWords.Amount(value, q.Unit, l, "0.##########");
    }

    public static string Say(Money m, Language l) => Say(m.Quantity, l);

    public static string Say(VehicleCount v, Language l) => Say(v.Quantity, l);

    public static string Say(Percent p, Language l, int decimals = 2) => Say(new Quantity(p.Round(decimals).Value, Unit.Percent), l);

    public static string Say(PercentagePoints p, Language l) => Say(new Quantity(p.Value, Unit.PercentagePoints), l);

    public static string Source(string sourceId, Language l) => T(l, $"（{sourceId}）", $" ({sourceId})");
}
