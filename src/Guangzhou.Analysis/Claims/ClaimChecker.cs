namespace Guangzhou.Analysis.Claims;

/// <summary>
/// Checks each claim of the article against independent observations — never the article, never a document that may be
/// its source — twice: on the figures first published before the article appeared, and on the final figures known now.
/// A verdict is as strong as the weakest reading it rests on (<see cref="EvidenceGrade"/>): later figures resting on weaker
/// evidence than the first-published ones, or a possible source of the article that disagrees, make a claim disputed,
/// never contradicted. Where several sources publish the same figure, the most reliable one decides.
/// </summary>
public sealed partial class ClaimChecker
{
    private readonly DataSet _all;
    private readonly DataSet _independent;
    private readonly IReadOnlySet<string> _possibleSources;

    public ClaimChecker(DataSet data)
    {
        _all = data;
        _possibleSources = ArticleIndependence.PossibleSources(data);
        _independent = data.WithoutDocuments(_possibleSources);
    }

    public IReadOnlyList<ClaimVerdict> CheckAll() => _all.Claims.Select(Check).ToArray();

    public ClaimVerdict Check(Claim claim)
    {
        var articleDate = _all.Sources[claim.SourceId].Document.PublishedOn;
        var firstPublished = articleDate is { } d ? VintagePreference.FirstPublishedBy(d) : VintagePreference.FirstPublished;
        var before = Judge(_independent, claim, VintageView.BeforeArticle, firstPublished);
        var final = Judge(_independent, claim, VintageView.Final, VintagePreference.Latest);
        var withPossible = Judge(_all, claim, VintageView.Final, VintagePreference.Latest);
        var evidence = final.Evidence.Concat(before.Evidence).Distinct().ToArray();

        // Final figures on weaker evidence than the first-published ones report a change; they do not establish it.
        if (before.Verdict != final.Verdict && before.Grade is { } bg && final.Grade is { } fg && fg > bg)
            return Disputed(claim, before, final, evidence, final.Deciding.Except(before.Deciding).ToArray(), articleDate);

        // A possible source of the article may dispute a verdict, never decide one.
        var fromPossible = withPossible.Evidence.Where(IsPossibleSource).ToArray();
        if (final.Verdict is Verdict.Confirmed or Verdict.Close && withPossible.Verdict != final.Verdict && fromPossible.Length > 0)
            return Disputed(claim, before.Verdict == final.Verdict ? before : final, withPossible,
                evidence.Concat(withPossible.Evidence).Distinct().ToArray(), fromPossible, articleDate);

        string explanation;
        if (before.Verdict == final.Verdict && before.Evidence.SequenceEqual(final.Evidence))
            explanation = final.Explanation + (final.VintageLabel.Length > 0 ? $" Vintage: {final.VintageLabel}." : "");
        else
            explanation = $"On {before.ViewLabel}: {before.Explanation} On {final.ViewLabel}: {final.Explanation}" + InPrintBefore(final, articleDate);
        if (final.Verdict == Verdict.Unconfirmed && fromPossible.Length > 0 && withPossible.Verdict is Verdict.Confirmed or Verdict.Close)
            explanation += " " + PossibleSourceNote(fromPossible, "gives the article's figure") + " It may explain where the number came from; it cannot confirm it.";
        return new ClaimVerdict(claim, final.Verdict, final.Observed, evidence, explanation) { BeforeArticle = before, Final = final };
    }

    private bool IsPossibleSource(Observation o) => _possibleSources.Contains(_all.SourceOf(o).Document.Id);

    private ClaimVerdict Disputed(Claim claim, Judgment standing, Judgment challenge, IReadOnlyList<Observation> evidence,
        IReadOnlyList<Observation> disputing, PublicationDate? articleDate)
    {
        var by = disputing.Select(o => _all.SourceOf(o)).DistinctBy(s => s.Document.Id).ToArray();
        var grades = string.Join(", ", by.Select(s => $"{s.Id}: {s.Grade.Describe(Language.English)}{(_possibleSources.Contains(s.Document.Id) ? ", a possible source of the article" : "")}"));
        var what = disputing.Any(o => !o.Vintage.IsPreliminary) ? "final figures" : "another report";
        var disputedBy = new Dispute(standing.Verdict, challenge.Verdict, what, by.Length, grades);
        var explanation = $"On {standing.ViewLabel}: {standing.Explanation} Against it, {what} from weaker evidence ({grades}): {challenge.Explanation}"
                          + InPrintBefore(challenge, articleDate)
                          + $" Evidence graded {challenge.Grade?.Id()} cannot overturn evidence graded {standing.Grade?.Id()}: the claim is disputed until a source as strong settles it.";
        return new ClaimVerdict(claim, Verdict.Disputed, standing.Observed, evidence, explanation)
        {
            BeforeArticle = standing, Final = standing, Challenge = challenge, DisputedBy = disputedBy,
        };
    }

    private string PossibleSourceNote(IEnumerable<Observation> rows, string does)
    {
        var docs = rows.Select(o => _all.SourceOf(o)).DistinctBy(s => s.Document.Id)
            .Select(s => $"{s.Id} ({s.Document.Published}, {s.Grade.Describe(Language.English)})").ToArray();
        return $"Only {string.Join(", ", docs)} {does}: published in the weeks before the article with the article's own figures, it is a possible source of the article.";
    }

    /// <summary>Names later-vintage rows that were already in print when the article appeared.</summary>
    private string InPrintBefore(Judgment final, PublicationDate? articleDate)
    {
        if (articleDate is null) return "";
        var early = final.Evidence.Where(o => !o.Vintage.IsPreliminary && _all.SourceOf(o).Document.PublishedOn is { } p && p.IsOnOrBefore(articleDate))
            .Select(o => $"{o.SourceId} ({_all.SourceOf(o).Published})").Distinct().ToArray();
        return early.Length == 0 ? "" : $" The {string.Join(", ", early)} figure of a later vintage was already in print when the article appeared.";
    }

    private static Judgment Judge(DataSet data, Claim claim, VintageView view, VintagePreference preference)
    {
        var f = claim.Check switch
        {
            CheckKind.Observation => CheckObservation(data, claim, preference),
            CheckKind.Rank => CheckRank(data, claim, preference),
            CheckKind.OvertakeYear => CheckOvertakeYear(data, claim, preference),
            CheckKind.ShareOf => CheckShare(data, claim, preference),
            CheckKind.PlanCount => CheckPlanCount(data, claim),
            CheckKind.PlanTotal => CheckPlanTotal(data, claim, preference),
            CheckKind.LeadWidened => CheckLeadWidened(data, claim, preference),
            _ => throw new ArgumentOutOfRangeException(nameof(claim)),
        };
        // A verdict is no stronger than the weakest reading among the rows that decide it.
        EvidenceGrade? grade = f.Deciding.Count == 0 ? f.ListGrade : f.Deciding.Max(o => data.SourceOf(o).Grade);
        return new Judgment(view, preference, f.Verdict, f.Observed, f.Evidence, f.Why) { Deciding = f.Deciding, Grade = grade, StandIn = f.StandIn };
    }

    private static string F(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);
}
