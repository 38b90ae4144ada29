namespace Guangzhou.Analysis.Data;

public enum SourceKind { StatisticsCommunique, StatisticsRelease, BudgetReport, GovernmentWorkReport, GovernmentRelease, CompanyReport, IndustryAssociation, Media, Article }

/// <summary>
/// How far a reading is from the people who produced the number. Verdicts prefer the nearest. An official document read
/// in a copy on another host is <see cref="OfficialReprint"/>: still the official text, but the copy may have been altered.
/// </summary>
public enum ReliabilityTier { Official = 0, OfficialReprint = 1, Company = 2, IndustryAssociation = 3, MediaState = 4, Media = 5, Article = 6 }

/// <summary>Where a document was read: on its publisher's host (<see cref="Original"/>) or in a copy elsewhere (<see cref="Reprint"/>).</summary>
public enum Reading { Original, Reprint }

/// <summary>
/// One reading of a document: the address actually read, when, whether it was the original or a reprint, and the
/// reliability tier that follows. Rows cite readings; every document is read once, so a reprint never counts twice.
/// </summary>
public sealed record Source(string Id, Document Document, string Url, string Accessed, Reading Reading, ReliabilityTier Tier, string Note)
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

    /// <summary>The tier the provenance rules give this reading (data/README.md, "Provenance"): official documents are
    /// <see cref="ReliabilityTier.Official"/> on their own host and <see cref="ReliabilityTier.OfficialReprint"/> elsewhere.</summary>
    public static ReliabilityTier? RequiredTier(Document document, Reading reading) =>
        document.IsOfficial ? reading == Reading.Original ? ReliabilityTier.Official : ReliabilityTier.OfficialReprint
        : document.Kind == SourceKind.Article ? ReliabilityTier.Article : null;
}
