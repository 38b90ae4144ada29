namespace Guangzhou.Analysis.Data;

public enum SourceKind
{
    StatisticsCommunique, StatisticsRelease, BudgetReport, GovernmentWorkReport, GovernmentRelease, CompanyReport, IndustryAssociation,
    /// <summary>A named media outlet's own report.</summary>
    Media,
    /// <summary>A text whose author is not a named outlet: self-media accounts, aggregators, unidentified outlets.</summary>
    SelfMedia,
    Article,
}

/// <summary>Where a document was read: on its publisher's host (<see cref="Original"/>) or in a copy elsewhere (<see cref="Reprint"/>).</summary>
public enum Reading { Original, Reprint }

/// <summary>
/// One reading of a document: the address actually read, when, whether it was the original or a reprint, what kind of
/// site carried it, and the evidence grade that follows (<see cref="EvidenceGrades.Required"/>). A document may be read in
/// several places; confirmations count documents, so a second reading never counts twice.
/// </summary>
public sealed record Source(string Id, Document Document, string Url, string Accessed, Reading Reading, HostKind HostKind, EvidenceGrade Grade, string Note)
{
    public string Publisher => Document.Publisher;
    public string PublisherEn => Document.PublisherEn;
    public string Title => Document.Title;
    public string Published => Document.Published;
    public SourceKind Kind => Document.Kind;
    public string Language => Document.Language;

    /// <summary>The host part of <see cref="Url"/>; empty when the address is not a web address.</summary>
    public string Host => Uri.TryCreate(Url, UriKind.Absolute, out var u) ? u.Host : "";

    /// <summary>The article under examination cites itself; its numbers are claims, never evidence.</summary>
    public bool IsArticle => Kind == SourceKind.Article;

    /// <summary>The publisher's name as a figure in <paramref name="language"/> shows it: `publisher` in Chinese, `publisher_en` in English.</summary>
    public string PublisherIn(Language language) => language == Guangzhou.Analysis.Data.Language.Chinese ? Publisher : PublisherEn;
}
