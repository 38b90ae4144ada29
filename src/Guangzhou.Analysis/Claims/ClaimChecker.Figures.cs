namespace Guangzhou.Analysis.Claims;

/// <summary>Checks of single figures: an observation, a share, the plan's count and total.</summary>
public sealed partial class ClaimChecker
{
    private static Finding CheckObservation(DataSet data, Claim claim, VintagePreference preference)
    {
        var evidence = data.Ranked(claim.Series, claim.Entity, claim.Period, preference);
        var standIn = "";
        if (evidence.Count == 0 && data.StandInFor(claim.Series, claim.Entity, claim.Period, preference) is { Count: > 0 } broader)
        {
            // The entity publishes only a broader measure (e.g. Chongqing's 汽车产业 for the article's 汽車製造業): judge on it and say so.
            evidence = broader;
            var s = data.Series[broader[0].Series];
            standIn = $" On a broader definition: {claim.Entity} publishes {s.Id} ({s.NameZh}, {s.Definition}), not {claim.Series} ({data.Series[claim.Series].NameZh}) as the article says.";
        }
        if (evidence.Count == 0)
            return Finding.Unconfirmed($"No independent source found for {claim.Series} of {claim.Entity} in {claim.Period}.");
        var best = evidence[0];
        var observed = best.Quantity.To(claim.Stated.Unit);
        var verdict = Tolerance.Judge(claim.Stated.Value, observed.Value, claim.Qualifier, claim.Stated.Unit == Unit.Percent);
        var others = evidence.Skip(1).Where(e => e.Quantity.To(claim.Stated.Unit).Value != observed.Value)
            .Select(e => $"{e.SourceId} gives {e.Quantity} ({e.Vintage.Describe(Language.English)})").ToArray();
        // Agreeing rows are counted by document, so a second reading of the same text never adds a confirmation.
        var agreeing = evidence.Where(e => e.Quantity.To(claim.Stated.Unit).Value == observed.Value)
            .Select(e => data.SourceOf(e).Document.Id).Distinct().Count();
        var why = $"{best.SourceId} gives {best.Quantity} ({best.Vintage.Describe(Language.English)}); the article says {claim.Qualifier.ToString().ToLowerInvariant()} {claim.Stated}."
                  + standIn
                  + (agreeing > 1 ? $" {agreeing} documents give this figure." : "")
                  + (others.Length > 0 ? " Other sources differ: " + string.Join("; ", others) + "." : "");
        IReadOnlyList<Observation> deciding = [best];
        if (claim.Qualifier == Qualifier.Passed && verdict == Verdict.Confirmed)
            (verdict, why, deciding) = PassedWhen(data, claim, preference, best, why);
        return new Finding(verdict, observed, evidence, deciding, why) { StandIn = standIn.Length > 0 ? best.Series : "" };
    }

    /// <summary>突破 says the figure crossed the threshold in the claim's period: if it was already above it a year before, the
    /// milestone belongs to that year (close, as an overtaking one year off is).</summary>
    private static (Verdict, string, IReadOnlyList<Observation>) PassedWhen(DataSet data, Claim claim, VintagePreference preference, Observation best, string why)
    {
        if (!claim.Period.IsFullYear) return (Verdict.Confirmed, why, [best]);
        var previousYear = claim.Period.Year - 1;
        var ranked = data.Ranked(claim.Series, claim.Entity, Period.OfYear(previousYear), preference);
        var previous = ranked.Count > 0 ? ranked[0] : null;
        if (previous is null)
            return (Verdict.Confirmed, why + $" Whether it passed {claim.Stated} in {claim.Period} or earlier needs {previousYear}, which is not in the data.", [best]);
        var before = previous.Quantity.To(claim.Stated.Unit);
        if (before.Value <= claim.Stated.Value)
            return (Verdict.Confirmed, why + $" It passed {claim.Stated} in {claim.Period}: {previous.SourceId} gives {previous.Quantity} for {previousYear}.", [best, previous]);
        return (Verdict.Close, why + $" But it had passed {claim.Stated} by {previousYear} already ({previous.SourceId} gives {previous.Quantity}): "
                               + $"{claim.Stated} fits {previousYear}, not {claim.Period}.", [best, previous]);
    }

    private static Finding CheckShare(DataSet data, Claim claim, VintagePreference preference)
    {
        var other = claim.CompareEntity;
        var parts = data.Ranked(claim.Series, claim.Entity, claim.Period, preference);
        var wholes = data.Ranked(claim.Series, other, claim.Period, preference);
        var part = parts.Count > 0 ? parts[0] : null;
        var whole = wholes.Count > 0 ? wholes[0] : null;
        if (part is null || whole is null)
            return Finding.Unconfirmed($"Needs independent {claim.Series} for both {claim.Entity} and {other} in {claim.Period}; "
                                       + $"found {(part is null ? "none" : "one")} for {claim.Entity} and {(whole is null ? "none" : "one")} for {other}.");
        var unit = data.Series[claim.Series].Unit;
        var share = Shares.Of(part.Quantity.To(unit).Value, whole.Quantity.To(unit).Value).Round(2);
        return new Finding(Tolerance.Judge(claim.Stated.Value, share.Value, claim.Qualifier, isRate: true), share.ToQuantity(), [part, whole], [part, whole],
            $"{F(part.Value)} of {F(whole.Value)} {unit.Symbol()} is {share}.");
    }

    private static Finding CheckPlanCount(DataSet data, Claim claim)
    {
        var kind = ((PlanKindTarget)claim.Target).Kind;
        var items = data.Plan.Where(p => p.Kind == kind && !data.Sources[p.SourceId].IsArticle).ToArray();
        if (items.Length == 0) return Finding.Unconfirmed($"No independent list of {kind.Name()} items in {DataFiles.Plan}.");
        var sources = string.Join(", ", items.Select(i => i.SourceId).Distinct());
        // A shorter list than stated means we could not find the rest, not that the article is wrong.
        if (items.Length < claim.Stated.Value)
            return new Finding(Verdict.Unconfirmed, new Quantity(items.Length, Unit.Count), [], [],
                $"{DataFiles.Plan} names only {items.Length} of the {claim.Stated.Value} {kind.Name()} items ({sources}); the full list was not found.");
        return new Finding(Tolerance.Judge(claim.Stated.Value, items.Length, claim.Qualifier, false), new Quantity(items.Length, Unit.Count), [], [],
            $"{DataFiles.Plan} lists {items.Length} {kind.Name()} items ({sources}).") { ListGrade = items.Max(i => data.Sources[i.SourceId].Grade) };
    }

    /// <summary>
    /// The plan's total against the article's own tiers. A tier's label is a floor (萬億級: at least 1萬億元), so the named
    /// clusters are at least their floors' sum: a total the floors already exceed cannot hold; any larger one can, from the
    /// unnamed clusters or from named ones above their floors. Only an independent total can confirm it.
    /// </summary>
    private static Finding CheckPlanTotal(DataSet data, Claim claim, VintagePreference preference)
    {
        var direct = CheckObservation(data, claim, preference);
        if (direct.Verdict != Verdict.Unconfirmed) return direct;
        var tiers = ArticlePlan.Tiers(data, claim.Series);
        if (tiers.Count == 0 || !data.Plan.Any(p => p.Kind == PlanItemKind.Cluster))
            return Finding.Unconfirmed("Neither an independent total nor the article's tiers and the cluster list are in the data.");
        var gap = ArticlePlan.Gap(data, claim);
        var floors = $"The article's tiers are floors: its {gap.NamedClusters} named clusters come to at least {F(gap.NamedTotal.WanYi)} 萬億元";
        var floorsExceed = claim.Qualifier is Qualifier.Under or Qualifier.Exactly or Qualifier.About
            && Tolerance.Judge(claim.Stated.Value, gap.NamedTotal.Quantity.To(claim.Stated.Unit).Value, claim.Qualifier, false) == Verdict.Contradicted
            && gap.NamedTotal.Quantity.To(claim.Stated.Unit).Value > claim.Stated.Value;
        if (floorsExceed)
            return new Finding(Verdict.InternallyInconsistent, gap.NamedTotal.Quantity, [], [],
                $"{floors}, already more than {claim.Qualifier.ToString().ToLowerInvariant()} {claim.Stated}.");
        var rest = gap.Remainder.Value <= 0
            ? $", already {claim.Stated} or more."
            : $", so {claim.Qualifier.ToString().ToLowerInvariant()} {claim.Stated} needs {F(gap.Remainder.WanYi)} 萬億元 more"
              + (gap.RequiredPerUnnamed is { } per ? $": {F(per.Yi)} 億元 from each of the other {gap.UnnamedClusters} clusters if the named ones stay at their floors, or less where they exceed them" : "")
              + ". Possible, not shown.";
        return new Finding(Verdict.Unconfirmed, gap.NamedTotal.Quantity, [], [], floors + rest + " No independent source for the total was found.");
    }
}
