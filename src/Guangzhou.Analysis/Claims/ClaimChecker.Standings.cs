namespace Guangzhou.Analysis.Claims;

/// <summary>Checks that compare entities: a rank, the year one passed another, a lead that widened.</summary>
public sealed partial class ClaimChecker
{
    private static Finding CheckRank(DataSet data, Claim claim, VintagePreference preference)
    {
        var kind = data.Entities[claim.Entity].Kind;
        var unit = data.Series[claim.Series].Unit;
        var peers = data.Entities.Values.Where(e => e.Kind == kind)
            .Select(e => data.Best(claim.Series, e.Id, claim.Period, preference)).OfType<Observation>()
            .OrderByDescending(o => o.Quantity.To(unit).Value).ToArray();
        var position = Array.FindIndex(peers, o => o.Entity == claim.Entity);
        if (position < 0)
            return Finding.Unconfirmed($"No independent {claim.Series} for {claim.Entity} in {claim.Period} to rank.");
        var rank = position + 1;
        var stated = (int)claim.Stated.Value;
        var holds = claim.Qualifier switch
        {
            Qualifier.Over => rank > stated,
            Qualifier.Under => rank < stated,
            _ => rank == stated,
        };
        var order = string.Join(" > ", peers.Select(p => $"{p.Entity} {F(p.Value)}"));
        return new Finding(holds ? Verdict.Confirmed : Verdict.Contradicted, new Quantity(rank, Unit.Count), peers, peers,
            $"Rank {rank} of the {peers.Length} {kind} entities in the data by {claim.Series} {claim.Period}: {order}. " +
            "Only the entities in data/ are ranked.");
    }

    private static Finding CheckOvertakeYear(DataSet data, Claim claim, VintagePreference preference)
    {
        var statedYear = claim.Period.Year - (int)claim.Stated.Value;
        var other = claim.CompareEntity;
        var history = Leads.Compare(data, claim.Series, claim.Entity, other, preference);
        if (history.Years.Count == 0)
            return Finding.Unconfirmed($"No years with {claim.Series} for both {claim.Entity} and {other}.");
        // The pass nearest the year the claim names: the data may show earlier passes too (e.g. census-revised years).
        var pass = history.Changes.Where(c => c.Leader == claim.Entity).MinBy(c => Math.Abs(c.Year - statedYear));
        var covered = $"{history.Years[0].Year}–{history.Years[^1].Year}";
        var standings = Standings(history);
        if (pass is null)
        {
            // Data that stop before the year the claim names cannot refute it.
            if (history.In(statedYear) is not { } inStated)
                return new Finding(Verdict.Unconfirmed, null, history.Evidence, history.Evidence,
                    $"Independent {claim.Series} for both {claim.Entity} and {other} covers only {covered}, not {statedYear}; {history.Years[^1].Leader} leads in {history.Years[^1].Year}. {standings}");
            return new Finding(Verdict.Contradicted, null, history.Evidence, inStated.Evidence,
                $"In the data ({covered}) {claim.Entity} never passes {other}; {inStated.Leader} leads in {statedYear}. {standings}");
        }
        var verdict = pass.Year == statedYear ? Verdict.Confirmed : Math.Abs(pass.Year - statedYear) == 1 ? Verdict.Close : Verdict.Contradicted;
        var back = history.Changes.Any(c => c.Year > pass.Year) ? " The lead later changed back." : " The lead has not changed back since.";
        var earlier = history.Changes.Where(c => c.Leader == claim.Entity && c.Year < pass.Year).Select(c => c.Year)
            .Concat(history.Years[0].Leader == claim.Entity && history.Years[0].Year < pass.Year ? [history.Years[0].Year] : [])
            .Distinct().Order().ToArray();
        var before = earlier.Length == 0 ? "" : $" It also led in {string.Join(", ", earlier)} on the figures held, so {pass.Year} was a return to the lead.";
        // The pass rests on its year and the year before; a pass in another year than claimed also on the claimed year's standing.
        var deciding = history.Years.Where(y => y.Year == pass.Year || y.Year == pass.Year - 1 || y.Year == statedYear).SelectMany(y => y.Evidence).ToArray();
        return new Finding(verdict, new Quantity(claim.Period.Year - pass.Year, Unit.Years), history.Evidence, deciding,
            $"{claim.Entity} passed {other} in {pass.Year} by {F(pass.Margin)} {pass.Unit.Symbol()}; the claim implies {statedYear}.{back}{before} {standings}");
    }

    /// <summary>Year by year: who led, by how much, on which vintage.</summary>
    private static string Standings(LeadHistory history) =>
        "Standings: " + string.Join("; ", history.Years.Select(y =>
            $"{y.Year} {y.Leader} +{F(y.Margin)} ({y.VintageLabel(Language.English)}{(y.FromStatedMargin ? ", stated margin" : "")})")) + ".";

    private static Finding CheckLeadWidened(DataSet data, Claim claim, VintagePreference preference)
    {
        var other = claim.CompareEntity;
        var baseYear = claim.Period.Year - (int)claim.Stated.Value;
        var history = Leads.Compare(data, claim.Series, claim.Entity, other, preference);
        var now = history.LeadOf(claim.Entity, claim.Period.Year);
        var then = history.LeadOf(claim.Entity, baseYear);
        if (now is null || then is null)
            return Finding.Unconfirmed($"Needs {claim.Series} standings of {claim.Entity} and {other} in both {baseYear} and {claim.Period.Year}.");
        var unit = data.Series[claim.Series].Unit.Symbol();
        var evidence = history.Years.Where(y => y.Year >= baseYear && y.Year <= claim.Period.Year).SelectMany(y => y.Evidence).ToArray();
        var deciding = history.Years.Where(y => y.Year == baseYear || y.Year == claim.Period.Year).SelectMany(y => y.Evidence).ToArray();
        var between = history.Years.Where(y => y.Year > baseYear && y.Year < claim.Period.Year)
            .Select(y => $"{y.Year}: {y.Leader} ahead by {F(y.Margin)}").ToArray();
        var path = between.Length == 0 ? "" : " In between — " + string.Join("; ", between) + ".";
        var observed = new Quantity(now.Value - then.Value, data.Series[claim.Series].Unit);
        if (now <= 0)
            return new Finding(Verdict.Contradicted, observed, evidence, deciding, $"{claim.Entity} is behind {other} in {claim.Period.Year} by {F(-now.Value)} {unit}.{path} {Standings(history)}");
        if (then <= 0)
            return new Finding(Verdict.Contradicted, observed, evidence, deciding,
                $"{claim.Entity} was behind {other} in {baseYear} by {F(-then.Value)} {unit} and ahead by {F(now.Value)} {unit} in {claim.Period.Year}: it passed {other}, it did not widen a lead.{path} {Standings(history)}");
        return new Finding(now > then ? Verdict.Confirmed : Verdict.Contradicted, observed, evidence, deciding,
            $"{claim.Entity}'s lead over {other} went from {F(then.Value)} {unit} in {baseYear} to {F(now.Value)} {unit} in {claim.Period.Year}.{path} {Standings(history)}");
    }
}
