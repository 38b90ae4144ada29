using Guangzhou.Analysis.Claims;
using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Claims;

/// <summary>ClaimChecker on the small data set of <see cref="TestData"/>; every expected number follows from its rows.</summary>
public sealed class ClaimCheckerTests : IDisposable
{
    private readonly TestData _data = new();
    private readonly DataSet _set;
    private readonly ClaimChecker _checker;

    public ClaimCheckerTests()
    {
        _set = _data.Load();
        _checker = new ClaimChecker(_set);
    }

    public void Dispose() => _data.Dispose();

    private ClaimVerdict Check(string claimId) => _checker.Check(_set.Claims.Single(c => c.Id == claimId));

    [Fact]
    public void Confirmed_by_the_most_reliable_source_and_other_sources_are_named()
    {
        var v = Check("gz_gdp_growth_2024");
        Assert.Equal(Verdict.Confirmed, v.Verdict);
        Assert.Equal(new Quantity(2.1m, Unit.Percent), v.Observed);
        Assert.Equal(["gz_stats_2024", "media_x"], v.Evidence.Select(e => e.SourceId));
        Assert.Equal(["gz_stats_2024", "media_x"], v.EvidenceSources);
        Assert.Equal("gz_stats_2024 gives 2.1% (first published); the article says exactly 2.1%. Other sources differ: media_x gives 2.0% (first published). Vintage: first published.", v.Explanation);
    }

    [Fact]
    public void Close()
    {
        var v = Check("gz_gdp_2024_close");
        Assert.Equal(Verdict.Close, v.Verdict);
        Assert.Equal(new Quantity(31032.50m, Unit.Yi), v.Observed);
        Assert.Equal("gz_stats_2024 gives 31032.50 億元 (first published); the article says exactly 31000 億元. Vintage: first published.", v.Explanation);
    }

    [Fact]
    public void Contradicted_after_converting_the_observation_to_the_claim_unit()
    {
        var v = Check("cq_gdp_2024_contra");
        Assert.Equal(Verdict.Contradicted, v.Verdict);
        Assert.Equal(new Quantity(3.219315m, Unit.WanYi), v.Observed);
        Assert.Equal("cq_stats_2024", Assert.Single(v.Evidence).SourceId);
    }

    [Fact]
    public void Confirmed_after_converting_vehicles_to_wan_vehicles()
    {
        var v = Check("byd_nev_sales_2024");
        Assert.Equal(Verdict.Confirmed, v.Verdict);
        Assert.Equal(new Quantity(427.2145m, Unit.WanVehicles), v.Observed);
    }

    [Fact]
    public void Unconfirmed_without_evidence_for_the_period()
    {
        // fiscal.csv has the 2024 budget; the claim is about 2025.
        var v = Check("gz_innovation_budget_2025");
        Assert.Equal(Verdict.Unconfirmed, v.Verdict);
        Assert.Null(v.Observed);
        Assert.Empty(v.Evidence);
        Assert.Equal("No independent source found for innovation_budget of guangzhou in 2025.", v.Explanation);
    }

    [Fact]
    public void An_article_sourced_observation_never_confirms_a_claim()
    {
        // The loader refuses article rows in observation files; a DataSet built in code can still hold one.
        var claim = _set.Claims.Single(c => c.Id == "gz_innovation_budget_2025");
        var byArticle = new Observation("innovation_budget", "guangzhou", Period.OfYear(2025), new Quantity(140.5m, Unit.Yi),
            "article", "投入逾140億元", "", new SourceLocation("test", 1));
        var set = new DataSet(_set.Sources, _set.Entities, _set.Series, [.. _set.Observations, byArticle], _set.Claims, _set.Plan);

        var v = new ClaimChecker(set).Check(claim);
        Assert.Equal(Verdict.Unconfirmed, v.Verdict);
        Assert.Null(v.Observed);
        Assert.Empty(v.Evidence);
    }

    [Fact]
    public void An_article_sourced_observation_is_ignored_next_to_an_independent_one()
    {
        var claim = _set.Claims.Single(c => c.Id == "gz_gdp_2024_close");
        var byArticle = new Observation("gdp", "guangzhou", Period.OfYear(2024), new Quantity(31000m, Unit.Yi),
            "article", "3.1萬億", "", new SourceLocation("test", 1));
        var set = new DataSet(_set.Sources, _set.Entities, _set.Series, [.. _set.Observations, byArticle], _set.Claims, _set.Plan);

        var v = new ClaimChecker(set).Check(claim);
        Assert.Equal(Verdict.Close, v.Verdict);
        Assert.Equal(["gz_stats_2024"], v.EvidenceSources);
    }

    [Fact]
    public void Plan_count_listed_only_by_the_article_is_unconfirmed()
    {
        var v = Check("gz_future_industry_count");
        Assert.Equal(Verdict.Unconfirmed, v.Verdict);
        Assert.Null(v.Observed);
        Assert.Equal("No independent list of future_industry items in industry_plan.csv.", v.Explanation);
    }

    [Fact]
    public void Plan_count_confirmed_by_the_plan()
    {
        var v = Check("gz_cluster_count");
        Assert.Equal(Verdict.Confirmed, v.Verdict);
        Assert.Equal(new Quantity(5m, Unit.Count), v.Observed);
        Assert.Equal("industry_plan.csv lists 5 cluster items (gz_plan).", v.Explanation);
        Assert.Equal(EvidenceGrade.Official, v.Grade);
        Assert.Equal("confirmed by an official document read at its publisher's site", v.Summary);
    }

    [Fact]
    public void Rank_confirmed_and_contradicted()
    {
        var gz = Check("gz_fourth_city_2024");
        Assert.Equal(Verdict.Confirmed, gz.Verdict);
        Assert.Equal(new Quantity(4m, Unit.Count), gz.Observed);
        Assert.Equal(["shanghai", "shenzhen", "chongqing", "guangzhou"], gz.Evidence.Select(e => e.Entity));

        var cq = Check("cq_fourth_city_2024");
        Assert.Equal(Verdict.Contradicted, cq.Verdict);
        Assert.Equal(new Quantity(3m, Unit.Count), cq.Observed);
        Assert.StartsWith(
            "Rank 3 of the 4 city entities in the data by gdp 2024: shanghai 53926.71 > shenzhen 36801.87 > chongqing 32193.15 > guangzhou 31032.5.",
            cq.Explanation);
    }

    [Fact]
    public void Overtake_year_confirmed_when_the_lead_later_changed_back()
    {
        // Chongqing passes Guangzhou in 2022 (by 290.03), loses the lead in 2023 and takes it again in 2024.
        var v = Check("cq_passed_gz_gdp");
        Assert.Equal(Verdict.Confirmed, v.Verdict);
        Assert.Equal(new Quantity(3m, Unit.Years), v.Observed);
        Assert.Equal(10, v.Evidence.Count);
        Assert.Equal(
            "chongqing passed guangzhou in 2022 by 290.03 億元; the claim implies 2022. The lead later changed back. Standings: 2020 guangzhou +16.32 (first published); 2021 guangzhou +337.95 (first published); 2022 chongqing +290.03 (first published); 2023 guangzhou +209.94 (first published); 2024 chongqing +1160.65 (first published). Vintage: first published.",
            v.Explanation);
    }

    [Fact]
    public void Overtake_year_one_year_off_is_close()
    {
        // Chongqing passes Guangzhou's vehicle output in 2024 (254.01 against 253.98); the claim says a year earlier.
        var v = Check("cq_passed_gz_autos_close");
        Assert.Equal(Verdict.Close, v.Verdict);
        Assert.Equal(new Quantity(0m, Unit.Years), v.Observed);
        Assert.Equal(
            "chongqing passed guangzhou in 2024 by 0.03 萬輛; the claim implies 2023. The lead has not changed back since. " + AutoStandings + " Vintage: first published.",
            v.Explanation);
    }

    private static Claim Passing(string entity, string compare, int year) =>
        new("probe", "autos", "probe", new Quantity(0m, Unit.Years), Qualifier.Exactly, entity, "auto_output", Period.OfYear(year),
            CheckKind.OvertakeYear, compare, "article", "", new SourceLocation("claims.csv", 99)) { Target = new EntityTarget(compare) };

    private const string AutoStandings =
        "Standings: 2022 guangzhou +104.5 (first published); 2023 guangzhou +68.36 (first published); 2024 chongqing +0.03 (first published).";

    [Fact]
    public void Overtake_year_beyond_the_data_is_unconfirmed_not_contradicted()
    {
        // Both cities' output is only known for 2022-2024; a pass claimed for 2026 can be neither seen nor refuted.
        var v = _checker.Check(Passing("guangzhou", "chongqing", 2026));
        Assert.Equal(Verdict.Unconfirmed, v.Verdict);
        Assert.Equal(
            "Independent auto_output for both guangzhou and chongqing covers only 2022–2024, not 2026; chongqing leads in 2024. " + AutoStandings + " Vintage: first published.",
            v.Explanation);
    }

    [Fact]
    public void Overtake_year_within_the_data_without_a_pass_is_contradicted()
    {
        var v = _checker.Check(Passing("guangzhou", "chongqing", 2024));
        Assert.Equal(Verdict.Contradicted, v.Verdict);
        Assert.Equal("In the data (2022–2024) guangzhou never passes chongqing; chongqing leads in 2024. " + AutoStandings + " Vintage: first published.", v.Explanation);
    }

    [Fact]
    public void Share_of()
    {
        // 64 of 246.2 is 25.995...%, 26.00% to two places.
        var v = Check("gz_nev_share_gd_2023");
        Assert.Equal(Verdict.Confirmed, v.Verdict);
        Assert.Equal(new Quantity(26.00m, Unit.Percent), v.Observed);
        Assert.Equal(["guangzhou", "guangdong"], v.Evidence.Select(e => e.Entity));
        Assert.Equal("64 of 246.2 萬輛 is 26.00%. Vintage: first published.", v.Explanation);
    }

    [Fact]
    public void Plan_total_is_judged_on_the_tiers_as_floors()
    {
        // Tiers 1×10000 + 2×5000 = 20000 億元 over 3 of 5 clusters, each a floor; 6 萬億元 needs 40000 more: 20000 from each
        // of the other 2 if the named ones stay at their floors, less where they exceed them. Nothing contradicts it.
        var tiers = ArticlePlan.Tiers(_set, "cluster_output_target");
        Assert.Equal([(1, 10000m), (2, 5000m)], tiers.Select(t => (t.Count, t.Level.Value)));

        var total = _set.Claims.Single(c => c.Id == "gz_cluster_total");
        var gap = ArticlePlan.Gap(_set, total);
        Assert.Equal(Money.FromYi(60000m), gap.StatedTotal);
        Assert.Equal(Money.FromYi(40000m), gap.Remainder);
        Assert.Equal(2, gap.UnnamedClusters);
        Assert.Equal(Money.FromYi(20000m), gap.RequiredPerUnnamed);

        var v = _checker.Check(total);
        Assert.Equal(Verdict.Unconfirmed, v.Verdict);
        Assert.Equal(new Quantity(20000m, Unit.Yi), v.Observed);
        Assert.Equal(
            "The article's tiers are floors: its 3 named clusters come to at least 2 萬億元, so over 6 萬億元 needs 4 萬億元 more: 20000 億元 from each of the other 2 clusters if the named ones stay at their floors, or less where they exceed them. Possible, not shown. No independent source for the total was found.",
            v.Explanation);
        Assert.Equal("unconfirmed", v.Summary);
        Assert.Null(v.Grade);
    }

    [Fact]
    public void Plan_total_below_the_floors_is_internally_inconsistent()
    {
        var total = _set.Claims.Single(c => c.Id == "gz_cluster_total") with { Qualifier = Qualifier.Under, Stated = new Quantity(1.5m, Unit.WanYi) };
        var v = _checker.Check(total);
        Assert.Equal(Verdict.InternallyInconsistent, v.Verdict);
        Assert.Equal("The article's tiers are floors: its 3 named clusters come to at least 2 萬億元, already more than under 1.5 萬億元.", v.Explanation);
    }

    [Fact]
    public void Plan_total_with_an_independent_total_is_checked_against_it()
    {
        _data.WriteObservations("plan_targets.csv",
            "cluster_output_target,guangzhou,2025,65000,億元,first,gz_plan,總規模6.5萬億元,");
        var set = _data.Load();
        var v = new ClaimChecker(set).Check(set.Claims.Single(c => c.Id == "gz_cluster_total"));
        Assert.Equal(Verdict.Confirmed, v.Verdict);
        Assert.Equal(new Quantity(6.5m, Unit.WanYi), v.Observed);
    }

    [Fact]
    public void CheckAll_gives_one_verdict_per_claim_in_file_order()
    {
        var all = _checker.CheckAll();
        Assert.Equal(_set.Claims.Select(c => c.Id), all.Select(v => v.Claim.Id));
        Assert.Equal(
            [
                Verdict.Confirmed, Verdict.Close, Verdict.Contradicted, Verdict.Unconfirmed, Verdict.Confirmed, Verdict.Close,
                Verdict.Contradicted, Verdict.Confirmed, Verdict.Confirmed, Verdict.Confirmed, Verdict.Unconfirmed,
                Verdict.Unconfirmed, Verdict.Unconfirmed, Verdict.Unconfirmed, Verdict.Unconfirmed, Verdict.Confirmed,
            ],
            all.Select(v => v.Verdict));
        // No verdict rests on the article.
        Assert.DoesNotContain(all.SelectMany(v => v.EvidenceSources), s => s == "article");
    }
}
