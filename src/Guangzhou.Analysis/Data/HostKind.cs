namespace Guangzhou.Analysis.Data;

/// <summary>What kind of site a document was read on; with the document's kind it decides the reading's <see cref="EvidenceGrade"/>.</summary>
public enum HostKind
{
    /// <summary>The publisher's own site (one of the document's hosts).</summary>
    Publisher,
    /// <summary>Another government site (e.g. a district or people's-congress site carrying a city document).</summary>
    Government,
    /// <summary>A named news outlet's site, or its e-paper, reporting or reprinting the document.</summary>
    News,
    /// <summary>A site that copies texts whole or in summary: portals, aggregators, organisations, unofficial mirrors.</summary>
    Mirror,
    /// <summary>A self-media platform or a copy of one (网易号, WeChat mirrors).</summary>
    SelfMedia,
    /// <summary>A spam site: the text is interleaved with gambling or SEO text, or scrambled with inserted pinyin.</summary>
    SpamMirror,
    /// <summary>A printed copy without a web address (only the article under examination).</summary>
    Print,
}

public static class HostKinds
{
    public static readonly IReadOnlyDictionary<string, HostKind> ById = new Dictionary<string, HostKind>(StringComparer.Ordinal)
    {
        ["publisher"] = HostKind.Publisher, ["government"] = HostKind.Government, ["news"] = HostKind.News, ["mirror"] = HostKind.Mirror,
        ["self-media"] = HostKind.SelfMedia, ["spam-mirror"] = HostKind.SpamMirror, ["print"] = HostKind.Print,
    };

    public static string Id(this HostKind kind) => ById.First(p => p.Value == kind).Key;

    /// <summary>Whether a host belongs to a government: Chinese government sites are under gov.cn (also .gov, .gov.hk, .gov.mo),
    /// and the people's congress sites listed here.</summary>
    // People's congresses are state bodies but not under gov.cn: their sites are listed one by one.
    private static readonly string[] GovernmentSuffixes = ["gov.cn", "gov", "gov.hk", "gov.mo", "rd.gz.cn"];

    public static bool IsGovernmentHost(string host) =>
        GovernmentSuffixes.Any(suffix =>
            host.Equals(suffix, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase));
}
