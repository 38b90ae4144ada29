namespace Guangzhou.Analysis.Data;

/// <summary>
/// How much a reading can carry, strongest first (data/README.md, "How we check"). A verdict is never stronger than the
/// grade of the evidence it rests on.
/// </summary>
public enum EvidenceGrade
{
    /// <summary>The producer's own document — a statistics bureau, government, finance bureau or people's congress (or a
    /// company or industry association for its own figures) — read at the publisher's own host.</summary>
    Official = 0,
    /// <summary>Such a document read elsewhere: another government site, a news site, a mirror or an aggregator that names it.</summary>
    OfficialReprint = 1,
    /// <summary>A named media outlet's own report, read at its site or in a named news outlet that carries it.</summary>
    Media = 2,
    /// <summary>Self-media, aggregators' own texts, unidentified outlets, and anything read on a self-media copy or a spam mirror.</summary>
    Weak = 3,
    /// <summary>The article under examination: never evidence.</summary>
    Article = 4,
}

public static class EvidenceGrades
{
    public static readonly IReadOnlyDictionary<string, EvidenceGrade> ById = new Dictionary<string, EvidenceGrade>(StringComparer.Ordinal)
    {
        ["official"] = EvidenceGrade.Official, ["official-reprint"] = EvidenceGrade.OfficialReprint, ["media"] = EvidenceGrade.Media,
        ["weak"] = EvidenceGrade.Weak, ["article"] = EvidenceGrade.Article,
    };

    public static string Id(this EvidenceGrade grade) => ById.First(p => p.Value == grade).Key;

    /// <summary>The grade the rules give a reading of <paramref name="document"/> on a host of <paramref name="host"/>'s kind.</summary>
    public static EvidenceGrade Required(Document document, HostKind host) => document.Kind switch
    {
        SourceKind.Article => EvidenceGrade.Article,
        _ when document.IsProducersOwn => host switch
        {
            HostKind.Publisher => EvidenceGrade.Official,
            HostKind.SelfMedia or HostKind.SpamMirror => EvidenceGrade.Weak,
            _ => EvidenceGrade.OfficialReprint,
        },
        SourceKind.Media when host is HostKind.Publisher or HostKind.News or HostKind.Government => EvidenceGrade.Media,
        _ => EvidenceGrade.Weak,
    };

    /// <summary>What a verdict resting on this grade says it rests on, e.g. "an official document read at its publisher's site".</summary>
    public static string Describe(this EvidenceGrade grade, Language language) => (grade, language) switch
    {
        (EvidenceGrade.Official, Language.Chinese) => "官方原文（發布機構網站）",
        (EvidenceGrade.OfficialReprint, Language.Chinese) => "官方文件轉載",
        (EvidenceGrade.Media, Language.Chinese) => "具名媒體報道",
        (EvidenceGrade.Weak, Language.Chinese) => "自媒體、聚合網站或垃圾鏡像",
        (EvidenceGrade.Article, Language.Chinese) => "報道本身",
        (EvidenceGrade.Official, _) => "an official document read at its publisher's site",
        (EvidenceGrade.OfficialReprint, _) => "an official document read in a reprint",
        (EvidenceGrade.Media, _) => "a named media outlet's report",
        (EvidenceGrade.Weak, _) => "a self-media post, aggregator or spam mirror",
        (EvidenceGrade.Article, _) => "the article itself",
        _ => throw new ArgumentOutOfRangeException(nameof(grade)),
    };
}
