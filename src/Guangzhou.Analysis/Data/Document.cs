namespace Guangzhou.Analysis.Data;

/// <summary>
/// A publication as its publisher issued it: who, what, when, which kind of document, and the web host where the
/// publisher puts it. Where we read it is a <see cref="Source"/>; a reprint of a document is a reading, never a second document.
/// </summary>
public sealed record Document(
    string Id, string Publisher, string PublisherEn, string Title, string Published, SourceKind Kind, string Language,
    IReadOnlyList<string> Hosts, string Note)
{
    public PublicationDate? PublishedOn => PublicationDate.TryParse(Published, out var d) ? d : null;

    /// <summary>Statistics, budget and work reports and government releases: documents of a government body.</summary>
    public bool IsOfficial => Kind is SourceKind.StatisticsCommunique or SourceKind.StatisticsRelease or SourceKind.BudgetReport
        or SourceKind.GovernmentWorkReport or SourceKind.GovernmentRelease;

    /// <summary>The producer's own document: official, or a company's or industry association's report of its own figures.</summary>
    public bool IsProducersOwn => IsOfficial || Kind is SourceKind.CompanyReport or SourceKind.IndustryAssociation;

    /// <summary>A final-accounts report (决算): its figures for years that have ended are final, not first estimates.</summary>
    public bool IsFinalAccounts => Kind == SourceKind.BudgetReport && (Title.Contains("决算", StringComparison.Ordinal) || Title.Contains("決算", StringComparison.Ordinal));

    /// <summary>Whether <paramref name="host"/> is one of the publisher's own hosts or a subdomain of one.</summary>
    public bool IsOwnHost(string host) =>
        Hosts.Any(h => string.Equals(host, h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
}
