namespace Guangzhou.Analysis.Data;

public enum SourceKind { StatisticsCommunique, StatisticsRelease, BudgetReport, GovernmentWorkReport, GovernmentRelease, CompanyReport, IndustryAssociation, Media, Article }

/// <summary>How far a source is from the people who produced the number. Verdicts prefer the nearest.</summary>
public enum ReliabilityTier { Official = 0, Company = 1, IndustryAssociation = 2, MediaState = 3, Media = 4, Article = 5 }

/// <summary>A publication that data rows cite: who published what, where, when, and when we read it.</summary>
public sealed record Source(
    string Id, string Publisher, string PublisherEn, string Title, string Url, string Published, string Accessed,
    SourceKind Kind, string Language, ReliabilityTier Tier, string Note)
{
    /// <summary>The article under examination cites itself; its numbers are claims, never evidence.</summary>
    public bool IsArticle => Kind == SourceKind.Article;

    /// <summary>The publisher's name as a figure in <paramref name="language"/> shows it: `publisher` in Chinese, `publisher_en` in English.</summary>
    public string PublisherIn(Language language) => language == Guangzhou.Analysis.Data.Language.Chinese ? Publisher : PublisherEn;
}
