namespace Guangzhou.Analysis.Claims;

/// <summary>
/// How far an observation may lie from a stated number and still confirm it, by qualifier:
/// exactly — within half a unit of the claim's last printed digit (a claim of 2.1 accepts 2.05–2.15), close within 2% (rates: 0.5 points);
/// about — within 5%, close within 10% (rates: 1 and 2 points);
/// over/under/passed — strictly beyond the stated number, close within 5% short of it (whether "passed" happened in that period
/// is the checker's question).
/// </summary>
public static class Tolerance
{
    public static Verdict Judge(decimal stated, decimal observed, Qualifier qualifier, bool isRate)
    {
        var gap = Math.Abs(observed - stated);
        var relative = stated == 0 ? gap : gap / Math.Abs(stated);
        var closeExact = isRate ? gap <= 0.5m : relative <= 0.02m;
        var aboutConfirmed = isRate ? gap <= 1m : relative <= 0.05m;
        var aboutClose = isRate ? gap <= 2m : relative <= 0.10m;
        return qualifier switch
        {
            Qualifier.Exactly when gap <= HalfLastDigit(stated) => Verdict.Confirmed,
            Qualifier.Exactly when closeExact => Verdict.Close,
            Qualifier.About when aboutConfirmed => Verdict.Confirmed,
            Qualifier.About when aboutClose => Verdict.Close,
            Qualifier.Over when observed > stated => Verdict.Confirmed,
            Qualifier.Over when observed >= stated * 0.95m => Verdict.Close,
            Qualifier.Under when observed < stated => Verdict.Confirmed,
            Qualifier.Under when observed <= stated * 1.05m => Verdict.Close,
            Qualifier.Passed when observed > stated => Verdict.Confirmed,
            Qualifier.Passed when observed >= stated * 0.95m => Verdict.Close,
            _ => Verdict.Contradicted,
        };
    }

    /// <summary>Half a unit of the last decimal the number was printed with: 253.98 → 0.005, 64 → 0.5.</summary>
    public static decimal HalfLastDigit(decimal stated) => Precision.HalfLastDigit(stated);
}
