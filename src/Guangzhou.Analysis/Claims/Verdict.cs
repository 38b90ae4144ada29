namespace Guangzhou.Analysis.Claims;

public enum Verdict
{
    /// <summary>Independent data agree within the tolerance the claim's qualifier allows.</summary>
    Confirmed,
    /// <summary>Independent data are near the claim but outside its tolerance.</summary>
    Close,
    /// <summary>Evidence as strong as the verdict's own is lacking on one side: weaker evidence (a later vintage from a weaker
    /// reading, or a possible source of the article) says otherwise. Neither confirmed nor refuted.</summary>
    Disputed,
    /// <summary>Independent data disagree.</summary>
    Contradicted,
    /// <summary>No independent source could be found; the claim is neither confirmed nor refuted.</summary>
    Unconfirmed,
    /// <summary>The article's own numbers do not add up.</summary>
    InternallyInconsistent,
}

public static class VerdictNames
{
    public static string Id(this Verdict v) => v switch
    {
        Verdict.Confirmed => "confirmed",
        Verdict.Close => "close",
        Verdict.Disputed => "disputed",
        Verdict.Contradicted => "contradicted",
        Verdict.Unconfirmed => "unconfirmed",
        Verdict.InternallyInconsistent => "internally inconsistent",
        _ => throw new ArgumentOutOfRangeException(nameof(v)),
    };

    public static string Chinese(this Verdict v) => v switch
    {
        Verdict.Confirmed => "屬實",
        Verdict.Close => "接近",
        Verdict.Disputed => "有爭議",
        Verdict.Contradicted => "不符",
        Verdict.Unconfirmed => "未能證實",
        Verdict.InternallyInconsistent => "自相矛盾",
        _ => throw new ArgumentOutOfRangeException(nameof(v)),
    };
}
