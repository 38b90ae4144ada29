using Guangzhou.Analysis.Data;

namespace Guangzhou.Analysis.Tests.Figures;

/// <summary>
/// <see cref="TestData"/> plus the rows the story figures draw: industry growth, carmakers' sales, one city's budget flows.
/// Invented fixture values, small enough that every expected title, bar and label follows by hand from these rows.
/// </summary>
public sealed class StoryData : IDisposable
{
    private readonly TestData _data = new();

    public StoryData()
    {
        _data.Write(DataFiles.Entities, TestData.EntitiesCsv.TrimEnd() + "\ngac_group,廣汽集團,GAC Group,company\n");
        _data.Write(DataFiles.Series, TestData.SeriesCsv.TrimEnd() + """

            secondary_industry_va_growth,%,第二產業增加值增速,Secondary industry growth,Real growth,
            industrial_va_growth,%,規模以上工業增加值增速,Industrial value added growth,Real growth,
            auto_mfg_va_growth,%,汽車製造業增加值增速,Auto manufacturing growth,Real growth,
            auto_industry_va_growth,%,汽車產業增加值增速,Auto industry growth,Real growth of the whole auto industry,auto_mfg_va_growth
            general_budget_revenue,億元,一般公共預算收入,General public budget revenue,Revenue,
            transfer_from_higher,億元,上級補助收入,Transfers from higher levels,Transfers,
            remit_to_higher,億元,上解上級支出,Remittances to higher levels,Remittances,

            """);
        _data.Write("gdp.csv", TestData.GdpCsv.TrimEnd() + """

            gdp_real_growth,chongqing,2024,5.7,%,first,cq_stats_2024,增長5.7%,
            gdp_real_growth,shenzhen,2024,5.8,%,first,media_x,增長5.8%,
            gdp_real_growth,guangzhou,2023,4.6,%,first,gz_stats_2024,增長4.6%,
            gdp_real_growth,chongqing,2023,6.1,%,first,cq_stats_2024,增長6.1%,

            """);
        _data.Write("targets.csv", TestData.TargetsCsv.TrimEnd() + "\ngdp_growth_target,guangzhou,2024,5,%,first,gz_stats_2024,增長5%,\n");
        _data.Write("industry.csv", TestData.IndustryCsv.TrimEnd() + """

            secondary_industry_va_growth,guangzhou,2024,-0.8,%,first,gz_stats_2024,第二產業下降0.8%,
            industrial_va_growth,guangzhou,2024,-1.3,%,first,gz_stats_2024,規上工業下降1.3%,
            industrial_va_growth,chongqing,2024,7.1,%,first,cq_stats_2024,規上工業增長7.1%,
            auto_mfg_va_growth,guangzhou,2023,3.0,%,first,gz_stats_2024,汽車製造業增長3.0%,
            auto_mfg_va_growth,guangzhou,2024,-18.2,%,first,gz_stats_2024,汽車製造業下降18.2%,
            auto_mfg_va_growth,guangzhou,2024Q1-Q3,-17.4,%,first,gz_stats_2024,汽車製造業下降17.4%,
            auto_mfg_va_growth,guangzhou,2025Q1-Q2,-5.0,%,first,gz_stats_2024,汽車製造業下降5.0%,
            auto_industry_va_growth,chongqing,2024,26.7,%,first,cq_stats_2024,汽车产业增加值增长26.7%,Chongqing 汽车产业 value added

            """);
        _data.Write("fiscal.csv", TestData.FiscalCsv.TrimEnd() + """

            general_budget_revenue,guangzhou,2024,1954.7,億元,first,gz_stats_2024,收入1954.7億元,
            transfer_from_higher,guangzhou,2024,624.1,億元,first,gz_stats_2024,補助624.1億元,
            remit_to_higher,guangzhou,2024,191.9,億元,first,gz_stats_2024,上解191.9億元,
            general_budget_revenue,chongqing,2024,2596.0,億元,first,cq_stats_2024,收入2596.0億元,
            general_budget_revenue,shanghai,2024,8374.2,億元,first,media_x,收入8374.2億元,

            """);
        var market = string.Join("\n", TestData.MarketLines) + """

            nev_sales,byd,2023,302.44,萬輛,first,byd_2024,銷量302.44萬輛,
            nev_sales,byd,2025,4602436,輛,first,byd_2024,銷量4602436輛,
            nev_sales,gac_group,2025,43.36,萬輛,first,media_x,銷量43.36萬輛,

            """;
        _data.Write("market.csv", market);
        Data = _data.Load();
    }

    public DataSet Data { get; }

    public void Dispose() => _data.Dispose();
}
