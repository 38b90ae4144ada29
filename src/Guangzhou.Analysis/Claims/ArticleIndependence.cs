namespace Guangzhou.Analysis.Claims;

/// <summary>
/// Which documents may be where the article got its numbers: a secondary document (media or self-media, not the producer
/// of the figures) published in the weeks before the article that carries at least one of the article's own figures.
/// Such a document can explain a number, never confirm it: agreeing with the article is what it would do either way.
/// A producer's own release (a statistics bureau's, a company's) is the figure itself, so matching it is the check.
/// </summary>
public static class ArticleIndependence
{
    /// <summary>How long before the article a document counts as "in the weeks before it".</summary>
    public const int WindowDays = 42;

    public static IReadOnlySet<string> PossibleSources(DataSet data) =>
        Explain(data).Select(p => p.DocumentId).ToHashSet(StringComparer.Ordinal);

    /// <summary>Each possible source with the claims whose figures it carries, in document order.</summary>
    public static IReadOnlyList<PossibleSource> Explain(DataSet data)
    {
        var article = data.Sources.Values.FirstOrDefault(s => s.IsArticle)?.Document.PublishedOn;
        if (article is null) return [];
        var from = article.Earliest.AddDays(-WindowDays);
        return data.Observations
            .Select(o => (Row: o, Document: data.SourceOf(o).Document))
            .Where(x => !x.Document.IsProducersOwn && x.Document.Kind != SourceKind.Article && x.Document.PublishedOn is { } p
                        && p.Earliest <= article.Latest && p.Latest >= from)
            .SelectMany(x => data.Claims.Where(c => Carries(x.Row, c)).Select(c => (x.Document.Id, c.Id)))
            .GroupBy(x => x.Item1, StringComparer.Ordinal)
            .Select(g => new PossibleSource(g.Key, g.Select(x => x.Item2).Distinct().Order(StringComparer.Ordinal).ToArray()))
            .OrderBy(p => p.DocumentId, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The row states the claim's figure: same series, entity and period, equal to the claim's last printed digit.</summary>
    private static bool Carries(Observation row, Claim claim) =>
        claim.Check == CheckKind.Observation && row.Series == claim.Series && row.Entity == claim.Entity && row.Period == claim.Period
        && row.Quantity.Unit.Dimension() == claim.Stated.Unit.Dimension()
        && Math.Abs(row.Quantity.To(claim.Stated.Unit).Value - claim.Stated.Value) <= Precision.HalfLastDigit(claim.Stated.Value);
}

/// <summary>A document that may be the article's source, and the claims whose figures it carries.</summary>
public sealed record PossibleSource(string DocumentId, IReadOnlyList<string> Claims);
