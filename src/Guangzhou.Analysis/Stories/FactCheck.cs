namespace Guangzhou.Analysis.Stories;

/// <summary>One statement of the article: its words and the number as stated.</summary>
public sealed record ArticleStatement(string Quote, string Stated, string Qualifier, string Period);

/// <summary>Verdicts for every claim, and counts by theme for the overview.</summary>
public static partial class FactCheck
{
    public static IReadOnlyList<ClaimVerdict> Verdicts(DataSet data) => new ClaimChecker(data).CheckAll();

    /// <summary>The verdicts of one theme ("" for all).</summary>
    /// <exception cref="InvalidParameterException">A theme that no claim has; the message lists the themes.</exception>
    public static IReadOnlyList<ClaimVerdict> Verdicts(DataSet data, string theme)
    {
        if (theme.Length == 0) return Verdicts(data);
        var themes = data.Claims.Select(c => c.Theme).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (!themes.Contains(theme)) throw InvalidParameterException.NotAmong(nameof(theme), theme, "no claim has this theme", themes.Prepend(""));
        return Verdicts(data).Where(v => v.Claim.Theme == theme).ToArray();
    }

    /// <summary>What the article says on the given themes, in its own words, so narrative never retypes its numbers.</summary>
    public static IReadOnlyList<ArticleStatement> ArticleSays(DataSet data, params string[] themes) =>
        data.Claims.Where(c => themes.Length == 0 || themes.Contains(c.Theme))
            .Select(c => new ArticleStatement(c.Quote, c.Stated.ToString(), c.Qualifier.ToString().ToLowerInvariant(), c.Period.ToString()))
            .DistinctBy(s => s.Quote + s.Stated)
            .ToArray();

    public static IReadOnlyList<(string Theme, Verdict Verdict, int Count)> ByTheme(IEnumerable<ClaimVerdict> verdicts) =>
        verdicts.GroupBy(v => (v.Claim.Theme, v.Verdict)).Select(g => (g.Key.Theme, g.Key.Verdict, g.Count()))
            .OrderBy(t => t.Theme, StringComparer.Ordinal).ThenBy(t => t.Verdict).ToArray();
}
