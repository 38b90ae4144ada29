namespace Guangzhou.Analysis.Data;

/// <summary>documents.csv and sources.csv: what was published, and where we read it (data/README.md, "Provenance").</summary>
public static partial class DataSetLoader
{
    private static readonly IReadOnlyDictionary<string, SourceKind> SourceKinds = new Dictionary<string, SourceKind>
    {
        ["statistics-communique"] = SourceKind.StatisticsCommunique,
        ["statistics-release"] = SourceKind.StatisticsRelease,
        ["budget-report"] = SourceKind.BudgetReport,
        ["government-work-report"] = SourceKind.GovernmentWorkReport,
        ["government-release"] = SourceKind.GovernmentRelease,
        ["company-report"] = SourceKind.CompanyReport,
        ["industry-association"] = SourceKind.IndustryAssociation,
        ["media"] = SourceKind.Media,
        ["self-media"] = SourceKind.SelfMedia,
        ["article"] = SourceKind.Article,
    };

    private static readonly IReadOnlyDictionary<string, Reading> Readings = new Dictionary<string, Reading>
    {
        ["original"] = Reading.Original, ["reprint"] = Reading.Reprint,
    };

    private static string KindName(SourceKind kind) => SourceKinds.First(k => k.Value == kind).Key;

    private static Dictionary<string, Document> LoadDocuments(string path, string display)
    {
        // One document is one row: the same publisher's same kind of document on the same day is one publication, however
        // many places carried it (each place is a reading in sources.csv).
        var issued = new Dictionary<(string, SourceKind, string), (string Id, int Line)>();
        return UniqueBy(CsvTable.Read(path, display, DataFiles.DocumentColumns).Select(r =>
        {
            var published = r.Optional("published");
            if (published.Length > 0 && !PublicationDate.TryParse(published, out _))
                throw r.Error("published", $"'{published}' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD).");
            var hosts = r.Optional("host").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (hosts.FirstOrDefault(h => h.Contains('/') || h.Contains(':')) is { } bad)
                throw r.Error("host", $"'{bad}' is not a host name (write e.g. gz.gov.cn, no scheme or path; separate several with spaces).");
            var document = new Document(r.Required("document_id"), r.Required("publisher"), r.Required("publisher_en"), r.Required("title"),
                published, r.Enum("kind", SourceKinds), r.Required("language"), hosts, r.Optional("note"));
            if (Publishers.IsGovernment(document.Publisher) && !document.IsOfficial)
                throw r.Error("kind", $"'{document.Publisher}' is a government body: its document is official (statistics-communique, statistics-release, "
                                      + $"budget-report, government-work-report or government-release), not {KindName(document.Kind)}. A media report of it is a reading in {DataFiles.Sources}.");
            if (document.IsOfficial && hosts.FirstOrDefault(h => !HostKinds.IsGovernmentHost(h)) is { } notGov)
                throw r.Error("host", $"'{notGov}' is not a government host: an official document's own host is a government site (…gov.cn); a copy elsewhere is a reprint.");
            if (published.Length > 0 && !issued.TryAdd((document.Publisher, document.Kind, published), (document.Id, r.Line)))
            {
                var first = issued[(document.Publisher, document.Kind, published)];
                throw r.Error("document_id", $"'{document.Id}' has the publisher, kind and date of '{first.Id}' (line {first.Line}): one document, "
                                             + $"read in two places. Keep one row and point both readings in {DataFiles.Sources} at it.");
            }
            return (r, document);
        }), "document_id", d => d.Id);
    }

    private static Dictionary<string, Source> LoadSources(string path, string display, IReadOnlyDictionary<string, Document> documents) =>
        UniqueBy(CsvTable.Read(path, display, DataFiles.SourceColumns).Select(r =>
        {
            var documentId = r.Required("document_id");
            if (!documents.TryGetValue(documentId, out var document))
                throw r.Error("document_id", $"unknown document '{documentId}': add it to {DataFiles.Documents} first.");
            var reading = r.Enum("reading", Readings);
            var hostKind = r.Enum("host_kind", HostKinds.ById);
            var grade = r.Enum("grade", EvidenceGrades.ById);
            // Evidence must be findable again; the article under examination may be a printed copy with no address.
            var url = document.Kind == SourceKind.Article ? r.Optional("url") : r.Required("url");
            var source = new Source(r.Required("source_id"), document, url, r.Required("accessed"), reading, hostKind, grade, r.Optional("note"));
            CheckReading(r, source);
            var required = EvidenceGrades.Required(document, hostKind);
            if (required != grade)
                throw r.Error("grade", $"a {KindName(document.Kind)} document read on a {hostKind.Id()} host is grade '{required.Id()}', not '{grade.Id()}'.");
            return (r, source);
        }), "source_id", s => s.Id);

    /// <summary>Original means the publisher's own host; everything else is a reprint, and the host's kind must fit its address.</summary>
    private static void CheckReading(CsvRow r, Source source)
    {
        var document = source.Document;
        var host = source.Host;
        if (source.HostKind == HostKind.Print)
        {
            if (source.Url.Length > 0) throw r.Error("host_kind", "a reading with an address is not 'print'.");
            if (source.Reading != Reading.Original) throw r.Error("reading", "a printed copy read as printed is the original.");
            return;
        }
        if (host.Length == 0) throw r.Error("url", $"'{source.Url}' is not a web address.");
        var own = document.IsOwnHost(host);
        if (source.Reading == Reading.Original && !own)
            throw r.Error("reading", $"'{host}' is not a host of the document's publisher ({(document.Hosts.Count == 0 ? "none recorded" : string.Join(" ", document.Hosts))}): a reading elsewhere is a reprint.");
        if (source.Reading == Reading.Reprint && own)
            throw r.Error("reading", $"'{host}' is the publisher's own host: the reading is the original.");
        if ((source.HostKind == HostKind.Publisher) != own)
            throw r.Error("host_kind", own ? $"'{host}' is the publisher's own host: host_kind is 'publisher'." : $"'{host}' is not the publisher's host: host_kind is not 'publisher'.");
        if (!own && (source.HostKind == HostKind.Government) != HostKinds.IsGovernmentHost(host))
            throw r.Error("host_kind", HostKinds.IsGovernmentHost(host)
                ? $"'{host}' is a government site other than the publisher's: host_kind is 'government'."
                : $"'{host}' is not a government site: host_kind is not 'government'.");
    }
}
