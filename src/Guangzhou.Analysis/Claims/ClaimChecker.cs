using System.Globalization;
using Guangzhou.Analysis.Calculations;
using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Claims;

/// <summary>
/// Checks each claim of the article against independent observations — never against the article itself — and says
/// which rows the verdict rests on. Where several sources publish the same figure, the most reliable one decides.
/// </summary>
public sealed class ClaimChecker(DataSet data)
{
    public IReadOnlyList<ClaimVerdict> CheckAll() => data.Claims.Select(Check).ToArray();

    public ClaimVerdict Check(Claim claim) => claim.Check switch
    {
        CheckKind.Observation => CheckObservation(claim),
        CheckKind.Rank => CheckRank(claim),
        CheckKind.OvertakeYear => CheckOvertakeYear(claim),
        CheckKind.ShareOf => CheckShare(claim),
        CheckKind.PlanCount => CheckPlanCount(claim),
        CheckKind.PlanTotal => CheckPlanTotal(claim),
        _ => throw new ArgumentOutOfRangeException(nameof(claim)),
    };

    private static string F(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);

    private IReadOnlyList<Observation> Independent(string series, string entity, Period period) =>
        data.Find(series, entity, period).Where(o => !data.SourceOf(o).IsArticle)
            .OrderBy(o => data.SourceOf(o).Tier).ThenByDescending(o => data.SourceOf(o).Published, StringComparer.Ordinal).ToArray();

    private ClaimVerdict Unconfirmed(Claim claim, string why) => new(claim, Verdict.Unconfirmed, null, [], why);

    private ClaimVerdict CheckObservation(Claim claim)
    {
        var evidence = Independent(claim.Series, claim.Entity, claim.Period);
        if (evidence.Count == 0)
            return Unconfirmed(claim, $"No independent source found for {claim.Series} of {claim.Entity} in {claim.Period}.");
        var best = evidence[0];
        var observed = best.Quantity.To(claim.Stated.Unit);
        var verdict = Tolerance.Judge(claim.Stated.Value, observed.Value, claim.Qualifier, claim.Stated.Unit == Unit.Percent);
        var others = evidence.Skip(1).Where(e => e.Quantity.To(claim.Stated.Unit).Value != observed.Value)
            .Select(e => $"{e.SourceId} gives {e.Quantity}").ToArray();
        var why = $"{best.SourceId} gives {best.Quantity}; the article says {claim.Qualifier.ToString().ToLowerInvariant()} {claim.Stated}."
                  + (others.Length > 0 ? " Other sources differ: " + string.Join("; ", others) + "." : "");
        return new ClaimVerdict(claim, verdict, observed, evidence, why);
    }

    private ClaimVerdict CheckRank(Claim claim)
    {
        var kind = data.Entities[claim.Entity].Kind;
        var peers = data.Entities.Values.Where(e => e.Kind == kind)
            .Select(e => data.Best(claim.Series, e.Id, claim.Period)).OfType<Observation>()
            .Where(o => !data.SourceOf(o).IsArticle)
            .OrderByDescending(o => o.Quantity.To(data.Series[claim.Series].Unit).Value).ToArray();
        var position = Array.FindIndex(peers, o => o.Entity == claim.Entity);
        if (position < 0)
            return Unconfirmed(claim, $"No independent {claim.Series} for {claim.Entity} in {claim.Period} to rank.");
        var rank = position + 1;
        var order = string.Join(" > ", peers.Select(p => $"{p.Entity} {F(p.Value)}"));
        return new ClaimVerdict(claim, rank == (int)claim.Stated.Value ? Verdict.Confirmed : Verdict.Contradicted,
            new Quantity(rank, Unit.Count), peers,
            $"Rank {rank} of the {peers.Length} {kind} entities in the data by {claim.Series} {claim.Period}: {order}. " +
            "Only the cities in data/ are ranked; no city outside them is larger than the fifth here.");
    }

    private ClaimVerdict CheckOvertakeYear(Claim claim)
    {
        var statedYear = claim.Period.Year - (int)claim.Stated.Value;
        var a = data.AnnualSeries(claim.Series, claim.Entity).Where(o => !data.SourceOf(o).IsArticle).ToArray();
        var b = data.AnnualSeries(claim.Series, claim.Compare).Where(o => !data.SourceOf(o).IsArticle).ToArray();
        var result = Overtaking.Compare(claim.Entity, a.ToDictionary(o => o.Period.Year, o => o.Value),
            claim.Compare, b.ToDictionary(o => o.Period.Year, o => o.Value));
        if (result.Standings.Count == 0)
            return Unconfirmed(claim, $"No years with {claim.Series} for both {claim.Entity} and {claim.Compare}.");
        var pass = result.FirstPass(claim.Entity);
        var evidence = a.Concat(b).Where(o => result.Standings.Any(s => s.Year == o.Period.Year)).ToArray();
        var covered = $"{result.Standings[0].Year}–{result.Standings[^1].Year}";
        if (pass is null)
        {
            // Data that stop before the year the claim names cannot refute it.
            if (result.Standings.All(st => st.Year != statedYear))
                return new ClaimVerdict(claim, Verdict.Unconfirmed, null, evidence,
                    $"Independent {claim.Series} for both {claim.Entity} and {claim.Compare} covers only {covered}, not {statedYear}; {result.Standings[^1].Leader} leads in {result.Standings[^1].Year}.");
            return new ClaimVerdict(claim, Verdict.Contradicted, null, evidence,
                $"In the data ({covered}) {claim.Entity} never passes {claim.Compare}; {result.Standings.First(st => st.Year == statedYear).Leader} leads in {statedYear}.");
        }
        var verdict = pass.Year == statedYear ? Verdict.Confirmed : Math.Abs(pass.Year - statedYear) == 1 ? Verdict.Close : Verdict.Contradicted;
        var back = result.LeadChangedBack ? " The lead later changed back." : " The lead has not changed back since.";
        return new ClaimVerdict(claim, verdict, new Quantity(claim.Period.Year - pass.Year, Unit.Years), evidence,
            $"{claim.Entity} passed {claim.Compare} in {pass.Year} by {F(pass.Margin)} {data.Series[claim.Series].Unit.Symbol()}; the claim implies {statedYear}.{back}");
    }

    private ClaimVerdict CheckShare(Claim claim)
    {
        var part = Independent(claim.Series, claim.Entity, claim.Period).FirstOrDefault();
        var whole = Independent(claim.Series, claim.Compare, claim.Period).FirstOrDefault();
        if (part is null || whole is null)
            return Unconfirmed(claim, $"Needs independent {claim.Series} for both {claim.Entity} and {claim.Compare} in {claim.Period}; "
                                      + $"found {(part is null ? "none" : "one")} for {claim.Entity} and {(whole is null ? "none" : "one")} for {claim.Compare}.");
        var unit = data.Series[claim.Series].Unit;
        var share = Shares.Of(part.Quantity.To(unit).Value, whole.Quantity.To(unit).Value).Round(2);
        return new ClaimVerdict(claim, Tolerance.Judge(claim.Stated.Value, share.Value, claim.Qualifier, isRate: true), share.ToQuantity(), [part, whole],
            $"{F(part.Value)} of {F(whole.Value)} {unit.Symbol()} is {share}.");
    }

    private static PlanItemKind KindOf(Claim claim) => claim.Compare switch
    {
        "cluster" => PlanItemKind.Cluster,
        "future_industry" => PlanItemKind.FutureIndustry,
        "modern_service" => PlanItemKind.ModernService,
        _ => throw new InvalidOperationException($"{claim.Location}: plan_count claim must compare with cluster, future_industry or modern_service, not '{claim.Compare}'."),
    };

    private ClaimVerdict CheckPlanCount(Claim claim)
    {
        var kind = KindOf(claim);
        var items = data.Plan.Where(p => p.Kind == kind && !data.Sources[p.SourceId].IsArticle).ToArray();
        if (items.Length == 0) return Unconfirmed(claim, $"No independent list of {claim.Compare} items in {DataFiles.Plan}.");
        var sources = string.Join(", ", items.Select(i => i.SourceId).Distinct());
        // A shorter list than stated means we could not find the rest, not that the article is wrong.
        if (items.Length < claim.Stated.Value)
            return new ClaimVerdict(claim, Verdict.Unconfirmed, new Quantity(items.Length, Unit.Count), [],
                $"{DataFiles.Plan} names only {items.Length} of the {claim.Stated.Value} {claim.Compare} items ({sources}); the full list was not found.");
        return new ClaimVerdict(claim, Tolerance.Judge(claim.Stated.Value, items.Length, claim.Qualifier, false),
            new Quantity(items.Length, Unit.Count), [],
            $"{DataFiles.Plan} lists {items.Length} {claim.Compare} items ({sources}).");
    }

    /// <summary>The article's tiers, read from its per-cluster claims on the same series as the total.</summary>
    public IReadOnlyList<PlanTier> ArticleTiers(string series) =>
        data.Claims.Where(c => c.Series == series && c.Check == CheckKind.Observation && data.Plan.Any(p => p.Id == c.Entity))
            .GroupBy(c => c.Stated.To(Unit.Yi).Value)
            .OrderByDescending(g => g.Key)
            .Select(g => new PlanTier($"{F(g.Key)}億元級", g.Count(), Money.FromYi(g.Key)))
            .ToArray();

    public PlanGap ArticlePlanGap(Claim total)
    {
        var clusters = data.Plan.Count(p => p.Kind == PlanItemKind.Cluster);
        return PlanArithmetic.Gap(ArticleTiers(total.Series), total.Stated.AsMoney(), clusters);
    }

    private ClaimVerdict CheckPlanTotal(Claim claim)
    {
        var direct = CheckObservation(claim);
        if (direct.Verdict != Verdict.Unconfirmed) return direct;
        var tiers = ArticleTiers(claim.Series);
        if (tiers.Count == 0 || !data.Plan.Any(p => p.Kind == PlanItemKind.Cluster))
            return Unconfirmed(claim, "Neither an independent total nor the article's tiers and the cluster list are in the data.");
        var gap = ArticlePlanGap(claim);
        var summary = $"The article's tiers add up to {F(gap.NamedTotal.WanYi)} 萬億元 over {gap.NamedClusters} named clusters; "
                      + $"reaching {claim.Stated} leaves {F(gap.Remainder.WanYi)} 萬億元 for the other {gap.UnnamedClusters}";
        if (gap.RequiredPerUnnamed is not { } per)
            return new ClaimVerdict(claim, gap.Remainder.Value > 0 ? Verdict.InternallyInconsistent : Verdict.Unconfirmed, gap.NamedTotal.Quantity, [], summary + ".");
        summary += $", {F(per.Yi)} 億元 each on average";
        return gap.TotalNeedsUnnamedAtTierLevel
            ? new ClaimVerdict(claim, Verdict.InternallyInconsistent, gap.NamedTotal.Quantity, [],
                summary + $" — at least the smallest named tier ({F(gap.SmallestTierLevel.Yi)} 億元), so those clusters should have been named in a tier. No independent source for the total was found.")
            : new ClaimVerdict(claim, Verdict.Unconfirmed, gap.NamedTotal.Quantity, [],
                summary + ". No independent source for the total was found.");
    }
}
