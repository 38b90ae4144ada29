namespace Guangzhou.Analysis.Claims;

/// <summary>
/// Checks each claim of the article against independent observations — never against the article itself — twice: on the
/// figures first published before the article appeared, and on the final figures known now. The verdict is the final one;
/// where the two disagree, both are stated. Where several sources publish the same figure, the most reliable one decides.
/// </summary>
public sealed class ClaimChecker(DataSet data)
{
    public IReadOnlyList<ClaimVerdict> CheckAll() => data.Claims.Select(Check).ToArray();

    public ClaimVerdict Check(Claim claim)
    {
        var articleDate = data.Sources[claim.SourceId].Document.PublishedOn;
        var before = Judge(claim, VintageView.BeforeArticle,
            articleDate is { } d ? VintagePreference.FirstPublishedBy(d) : VintagePreference.FirstPublished);
        var final = Judge(claim, VintageView.Final, VintagePreference.Latest);
        var evidence = final.Evidence.Concat(before.Evidence).Distinct().ToArray();
        string explanation;
        if (before.Verdict == final.Verdict && before.Evidence.SequenceEqual(final.Evidence))
            explanation = final.Explanation + (final.VintageLabel.Length > 0 ? $" Vintage: {final.VintageLabel}." : "");
        else
            explanation = $"On {before.ViewLabel}: {before.Explanation} On {final.ViewLabel}: {final.Explanation}" + InPrintBefore(final, articleDate);
        return new ClaimVerdict(claim, final.Verdict, final.Observed, evidence, explanation) { BeforeArticle = before, Final = final };
    }

    /// <summary>Names later-vintage rows that were already in print when the article appeared.</summary>
    private string InPrintBefore(Judgment final, PublicationDate? articleDate)
    {
        if (articleDate is null) return "";
        var early = final.Evidence.Where(o => !o.Vintage.IsPreliminary && data.SourceOf(o).Document.PublishedOn is { } p && p.IsOnOrBefore(articleDate))
            .Select(o => $"{o.SourceId} ({data.SourceOf(o).Published})").Distinct().ToArray();
        return early.Length == 0 ? "" : $" The {string.Join(", ", early)} figure of a later vintage was already in print when the article appeared.";
    }

    private Judgment Judge(Claim claim, VintageView view, VintagePreference preference)
    {
        var (verdict, observed, evidence, why) = claim.Check switch
        {
            CheckKind.Observation => CheckObservation(claim, preference),
            CheckKind.Rank => CheckRank(claim, preference),
            CheckKind.OvertakeYear => CheckOvertakeYear(claim, preference),
            CheckKind.ShareOf => CheckShare(claim, preference),
            CheckKind.PlanCount => CheckPlanCount(claim),
            CheckKind.PlanTotal => CheckPlanTotal(claim, preference),
            CheckKind.LeadWidened => CheckLeadWidened(claim, preference),
            _ => throw new ArgumentOutOfRangeException(nameof(claim)),
        };
        var single = claim.Check is CheckKind.Observation or CheckKind.PlanTotal;
        return new Judgment(view, preference, verdict, observed, evidence, why) { Deciding = single ? evidence.Take(1).ToArray() : evidence };
    }

    private static string F(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);

    private static (Verdict, Quantity?, IReadOnlyList<Observation>, string) Unconfirmed(string why) => (Verdict.Unconfirmed, null, [], why);

    private (Verdict, Quantity?, IReadOnlyList<Observation>, string) CheckObservation(Claim claim, VintagePreference preference)
    {
        var evidence = data.Ranked(claim.Series, claim.Entity, claim.Period, preference);
        if (evidence.Count == 0)
            return Unconfirmed($"No independent source found for {claim.Series} of {claim.Entity} in {claim.Period}.");
        var best = evidence[0];
        var observed = best.Quantity.To(claim.Stated.Unit);
        var verdict = Tolerance.Judge(claim.Stated.Value, observed.Value, claim.Qualifier, claim.Stated.Unit == Unit.Percent);
        var others = evidence.Skip(1).Where(e => e.Quantity.To(claim.Stated.Unit).Value != observed.Value)
            .Select(e => $"{e.SourceId} gives {e.Quantity} ({e.Vintage.Describe(Language.English)})").ToArray();
        // Agreeing rows are counted by document, so a reprint of the same text never adds a confirmation.
        var agreeing = evidence.Where(e => e.Quantity.To(claim.Stated.Unit).Value == observed.Value)
            .Select(e => data.SourceOf(e).Document.Id).Distinct().Count();
        var why = $"{best.SourceId} gives {best.Quantity} ({best.Vintage.Describe(Language.English)}); the article says {claim.Qualifier.ToString().ToLowerInvariant()} {claim.Stated}."
                  + (agreeing > 1 ? $" {agreeing} documents give this figure." : "")
                  + (others.Length > 0 ? " Other sources differ: " + string.Join("; ", others) + "." : "");
        return (verdict, observed, evidence, why);
    }

    private (Verdict, Quantity?, IReadOnlyList<Observation>, string) CheckRank(Claim claim, VintagePreference preference)
    {
        var kind = data.Entities[claim.Entity].Kind;
        var unit = data.Series[claim.Series].Unit;
        var peers = data.Entities.Values.Where(e => e.Kind == kind)
            .Select(e => data.Best(claim.Series, e.Id, claim.Period, preference)).OfType<Observation>()
            .OrderByDescending(o => o.Quantity.To(unit).Value).ToArray();
        var position = Array.FindIndex(peers, o => o.Entity == claim.Entity);
        if (position < 0)
            return Unconfirmed($"No independent {claim.Series} for {claim.Entity} in {claim.Period} to rank.");
        var rank = position + 1;
        var stated = (int)claim.Stated.Value;
        var holds = claim.Qualifier switch
        {
            Qualifier.Over => rank > stated,
            Qualifier.Under => rank < stated,
            _ => rank == stated,
        };
        var order = string.Join(" > ", peers.Select(p => $"{p.Entity} {F(p.Value)}"));
        return (holds ? Verdict.Confirmed : Verdict.Contradicted, new Quantity(rank, Unit.Count), peers,
            $"Rank {rank} of the {peers.Length} {kind} entities in the data by {claim.Series} {claim.Period}: {order}. " +
            "Only the entities in data/ are ranked.");
    }

    private (Verdict, Quantity?, IReadOnlyList<Observation>, string) CheckOvertakeYear(Claim claim, VintagePreference preference)
    {
        var statedYear = claim.Period.Year - (int)claim.Stated.Value;
        var other = claim.CompareEntity;
        var history = Leads.Compare(data, claim.Series, claim.Entity, other, preference);
        if (history.Years.Count == 0)
            return Unconfirmed($"No years with {claim.Series} for both {claim.Entity} and {other}.");
        var pass = history.FirstPass(claim.Entity);
        var covered = $"{history.Years[0].Year}–{history.Years[^1].Year}";
        var standings = Standings(history);
        if (pass is null)
        {
            // Data that stop before the year the claim names cannot refute it.
            if (history.In(statedYear) is not { } inStated)
                return (Verdict.Unconfirmed, null, history.Evidence,
                    $"Independent {claim.Series} for both {claim.Entity} and {other} covers only {covered}, not {statedYear}; {history.Years[^1].Leader} leads in {history.Years[^1].Year}. {standings}");
            return (Verdict.Contradicted, null, history.Evidence,
                $"In the data ({covered}) {claim.Entity} never passes {other}; {inStated.Leader} leads in {statedYear}. {standings}");
        }
        var verdict = pass.Year == statedYear ? Verdict.Confirmed : Math.Abs(pass.Year - statedYear) == 1 ? Verdict.Close : Verdict.Contradicted;
        var back = history.LeadChangedBack ? " The lead later changed back." : " The lead has not changed back since.";
        return (verdict, new Quantity(claim.Period.Year - pass.Year, Unit.Years), history.Evidence,
            $"{claim.Entity} passed {other} in {pass.Year} by {F(pass.Margin)} {pass.Unit.Symbol()}; the claim implies {statedYear}.{back} {standings}");
    }

    /// <summary>Year by year: who led, by how much, on which vintage.</summary>
    private static string Standings(LeadHistory history) =>
        "Standings: " + string.Join("; ", history.Years.Select(y =>
            $"{y.Year} {y.Leader} +{F(y.Margin)} ({string.Join(" + ", y.Vintages.Select(v => v.Describe(Language.English)))}{(y.FromStatedMargin ? ", stated margin" : "")})")) + ".";

    private (Verdict, Quantity?, IReadOnlyList<Observation>, string) CheckLeadWidened(Claim claim, VintagePreference preference)
    {
        var other = claim.CompareEntity;
        var baseYear = claim.Period.Year - (int)claim.Stated.Value;
        var history = Leads.Compare(data, claim.Series, claim.Entity, other, preference);
        var now = history.LeadOf(claim.Entity, claim.Period.Year);
        var then = history.LeadOf(claim.Entity, baseYear);
        if (now is null || then is null)
            return Unconfirmed($"Needs {claim.Series} standings of {claim.Entity} and {other} in both {baseYear} and {claim.Period.Year}.");
        var unit = data.Series[claim.Series].Unit.Symbol();
        var evidence = history.Years.Where(y => y.Year >= baseYear && y.Year <= claim.Period.Year).SelectMany(y => y.Evidence).ToArray();
        var between = history.Years.Where(y => y.Year > baseYear && y.Year < claim.Period.Year)
            .Select(y => $"{y.Year}: {y.Leader} ahead by {F(y.Margin)}").ToArray();
        var path = between.Length == 0 ? "" : " In between — " + string.Join("; ", between) + ".";
        var observed = new Quantity(now.Value - then.Value, data.Series[claim.Series].Unit);
        if (now <= 0)
            return (Verdict.Contradicted, observed, evidence, $"{claim.Entity} is behind {other} in {claim.Period.Year} by {F(-now.Value)} {unit}.{path} {Standings(history)}");
        if (then <= 0)
            return (Verdict.Contradicted, observed, evidence,
                $"{claim.Entity} was behind {other} in {baseYear} by {F(-then.Value)} {unit} and ahead by {F(now.Value)} {unit} in {claim.Period.Year}: it passed {other}, it did not widen a lead.{path} {Standings(history)}");
        return (now > then ? Verdict.Confirmed : Verdict.Contradicted, observed, evidence,
            $"{claim.Entity}'s lead over {other} went from {F(then.Value)} {unit} in {baseYear} to {F(now.Value)} {unit} in {claim.Period.Year}.{path} {Standings(history)}");
    }

    private (Verdict, Quantity?, IReadOnlyList<Observation>, string) CheckShare(Claim claim, VintagePreference preference)
    {
        var other = claim.CompareEntity;
        var parts = data.Ranked(claim.Series, claim.Entity, claim.Period, preference);
        var part = parts.Count > 0 ? parts[0] : null;
        var wholes = data.Ranked(claim.Series, other, claim.Period, preference);
        var whole = wholes.Count > 0 ? wholes[0] : null;
        if (part is null || whole is null)
            return Unconfirmed($"Needs independent {claim.Series} for both {claim.Entity} and {other} in {claim.Period}; "
                               + $"found {(part is null ? "none" : "one")} for {claim.Entity} and {(whole is null ? "none" : "one")} for {other}.");
        var unit = data.Series[claim.Series].Unit;
        var share = Calculations.Shares.Of(part.Quantity.To(unit).Value, whole.Quantity.To(unit).Value).Round(2);
        return (Tolerance.Judge(claim.Stated.Value, share.Value, claim.Qualifier, isRate: true), share.ToQuantity(), [part, whole],
            $"{F(part.Value)} of {F(whole.Value)} {unit.Symbol()} is {share}.");
    }

    private (Verdict, Quantity?, IReadOnlyList<Observation>, string) CheckPlanCount(Claim claim)
    {
        var kind = ((PlanKindTarget)claim.Target).Kind;
        var items = data.Plan.Where(p => p.Kind == kind && !data.Sources[p.SourceId].IsArticle).ToArray();
        if (items.Length == 0) return Unconfirmed($"No independent list of {kind.Name()} items in {DataFiles.Plan}.");
        var sources = string.Join(", ", items.Select(i => i.SourceId).Distinct());
        // A shorter list than stated means we could not find the rest, not that the article is wrong.
        if (items.Length < claim.Stated.Value)
            return (Verdict.Unconfirmed, new Quantity(items.Length, Unit.Count), [],
                $"{DataFiles.Plan} names only {items.Length} of the {claim.Stated.Value} {kind.Name()} items ({sources}); the full list was not found.");
        return (Tolerance.Judge(claim.Stated.Value, items.Length, claim.Qualifier, false), new Quantity(items.Length, Unit.Count), [],
            $"{DataFiles.Plan} lists {items.Length} {kind.Name()} items ({sources}).");
    }

    private (Verdict, Quantity?, IReadOnlyList<Observation>, string) CheckPlanTotal(Claim claim, VintagePreference preference)
    {
        var direct = CheckObservation(claim, preference);
        if (direct.Item1 != Verdict.Unconfirmed) return direct;
        var tiers = ArticlePlan.Tiers(data, claim.Series);
        if (tiers.Count == 0 || !data.Plan.Any(p => p.Kind == PlanItemKind.Cluster))
            return Unconfirmed("Neither an independent total nor the article's tiers and the cluster list are in the data.");
        var gap = ArticlePlan.Gap(data, claim);
        var summary = $"The article's tiers add up to {F(gap.NamedTotal.WanYi)} 萬億元 over {gap.NamedClusters} named clusters; "
                      + $"reaching {claim.Stated} leaves {F(gap.Remainder.WanYi)} 萬億元 for the other {gap.UnnamedClusters}";
        if (gap.RequiredPerUnnamed is not { } per)
            return (gap.Remainder.Value > 0 ? Verdict.InternallyInconsistent : Verdict.Unconfirmed, gap.NamedTotal.Quantity, [], summary + ".");
        summary += $", {F(per.Yi)} 億元 each on average";
        return gap.TotalNeedsUnnamedAtTierLevel
            ? (Verdict.InternallyInconsistent, gap.NamedTotal.Quantity, [],
                summary + $" — at least the smallest named tier ({F(gap.SmallestTierLevel.Yi)} 億元), so those clusters should have been named in a tier. No independent source for the total was found.")
            : (Verdict.Unconfirmed, gap.NamedTotal.Quantity, [], summary + ". No independent source for the total was found.");
    }
}
