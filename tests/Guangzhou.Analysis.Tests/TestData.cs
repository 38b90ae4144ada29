using System.Text;
using Guangzhou.Analysis.Data;

namespace Guangzhou.Analysis.Tests;

/// <summary>
/// A complete, valid data directory in a fresh temp folder. Tests replace single files to make one thing wrong.
/// Every file is UTF-8 without BOM and LF line endings unless a test writes bytes of its own.
/// </summary>
public sealed class TestData : IDisposable
{
    public const string DocumentsCsv = """
        document_id,publisher,publisher_en,title,published,kind,language,host,note
        gz_stats_2024,廣州市統計局,Guangzhou Municipal Bureau of Statistics,2024年廣州市國民經濟和社會發展統計公報,2025-03,statistics-communique,zh-Hans,gz.gov.cn,
        cq_stats_2024,重慶市統計局,Chongqing Municipal Bureau of Statistics,2024年重慶市國民經濟和社會發展統計公報,2025-03,statistics-communique,zh-Hans,cq.gov.cn,
        gz_plan,廣州市人民政府,Guangzhou Municipal People's Government,廣州市戰略性產業集群規劃,2024-10,government-release,zh-Hans,gz.gov.cn,
        byd_2024,比亞迪,BYD,2024年12月產銷快報,2025-01,company-report,zh-Hans,byd.com,
        media_x,某報,Some Daily,某報道,2025-04,media,zh-Hans,example.com,
        article,香港文匯報,Wen Wei Po,今年將投超140億,2025-02,article,zh-Hant,,

        """;

    public const string SourcesCsv = """
        source_id,document_id,url,accessed,reading,host_kind,grade,note
        gz_stats_2024,gz_stats_2024,https://tjj.gz.gov.cn/a,2025-06-01,original,publisher,official,
        cq_stats_2024,cq_stats_2024,https://tjj.cq.gov.cn/a,2025-06-01,original,publisher,official,
        gz_plan,gz_plan,https://www.gz.gov.cn/p,2025-06-01,original,publisher,official,
        byd_2024,byd_2024,https://byd.com/r,2025-06-01,original,publisher,official,
        media_x,media_x,https://example.com/x,2025-06-01,original,publisher,media,"Later than the communiqué, but less reliable"
        article,article,,2025-06-01,original,print,article,"The article under examination, a printed copy without an address"

        """;

    public const string EntitiesCsv = """
        entity_id,name_zh,name_en,kind
        guangzhou,廣州,Guangzhou,city
        chongqing,重慶,Chongqing,city
        shenzhen,深圳,Shenzhen,city
        shanghai,上海,Shanghai,city
        guangdong,廣東省,Guangdong,province
        china,全國,China,country
        byd,比亞迪,BYD,company

        """;

    public const string SeriesCsv = """
        series_id,unit,name_zh,name_en,definition,stands_in_for
        gdp,億元,地區生產總值,GDP,"Gross domestic product at current prices, as first published",
        gdp_real_growth,%,地區生產總值增速,Real GDP growth,Real growth,
        auto_output,萬輛,汽車產量,Vehicle output,Vehicles produced,
        nev_sales,萬輛,新能源汽車銷量,NEV sales,NEV sold,
        innovation_budget,億元,創新產業鏈財政投入,Budget for the innovation chain,Budget,
        gdp_growth_target,%,地區生產總值增長目標,GDP growth target,Target,
        cluster_output_target,億元,產業集群規模目標,Cluster size target,Target size,
        plan_item_count,個,規劃項目數,Plan item count,Count,

        """;

    public const string PlanCsv = """
        item_id,kind,group,name,article_tier,source_id,quote,note
        c_nev,cluster,先進製造業,智能網聯與新能源汽車,萬億級,gz_plan,智能網聯與新能源汽車,
        c_fashion,cluster,先進製造業,時尚消費品,5000億級,gz_plan,時尚消費品,
        c_software,cluster,服務業,軟件與互聯網,5000億級,gz_plan,軟件與互聯網,
        c_rail,cluster,先進製造業,軌道交通,,gz_plan,軌道交通,
        c_bio,cluster,先進製造業,生物醫藥與健康,,gz_plan,生物醫藥與健康,
        f_ai,future_industry,,人工智能,,article,人工智能,Listed by the article only
        f_robot,future_industry,,人形機械人,,article,人形機械人,Listed by the article only

        """;

    public const string ObservationHeader = "series,entity,period,value,unit,vintage,source_id,quote,note";

    public const string GdpCsv = """
        series,entity,period,value,unit,vintage,source_id,quote,note
        gdp,guangzhou,2020,25019.11,億元,first,gz_stats_2024,地區生產總值25019.11億元,
        gdp,guangzhou,2021,28231.97,億元,first,gz_stats_2024,地區生產總值28231.97億元,
        gdp,guangzhou,2022,28839.00,億元,first,gz_stats_2024,地區生產總值28839.00億元,
        gdp,guangzhou,2023,30355.73,億元,first,gz_stats_2024,地區生產總值30355.73億元,
        gdp,guangzhou,2024,31032.50,億元,first,gz_stats_2024,地區生產總值31032.50億元,
        gdp,chongqing,2020,25002.79,億元,first,cq_stats_2024,地區生產總值25002.79億元,
        gdp,chongqing,2021,27894.02,億元,first,cq_stats_2024,地區生產總值27894.02億元,
        gdp,chongqing,2022,29129.03,億元,first,cq_stats_2024,地區生產總值29129.03億元,
        gdp,chongqing,2023,30145.79,億元,first,cq_stats_2024,地區生產總值30145.79億元,
        gdp,chongqing,2024,32193.15,億元,first,cq_stats_2024,地區生產總值32193.15億元,
        gdp,shenzhen,2024,36801.87,億元,first,media_x,深圳36801.87億元,
        gdp,shanghai,2024,53926.71,億元,first,media_x,上海53926.71億元,
        gdp_real_growth,guangzhou,2024,2.1,%,first,gz_stats_2024,比上年增長2.1%,
        gdp_real_growth,guangzhou,2024,2.0,%,first,media_x,增長2.0%,A rounding by the paper
        gdp_real_growth,guangzhou,2024Q1-Q3,2.0,%,first,gz_stats_2024,前三季度增長2.0%,

        """;

    public const string IndustryCsv = """
        series,entity,period,value,unit,vintage,source_id,quote,note
        auto_output,guangzhou,2022,313.68,萬輛,first,gz_stats_2024,汽車產量313.68萬輛,
        auto_output,guangzhou,2023,300.12,萬輛,first,gz_stats_2024,汽車產量300.12萬輛,
        auto_output,guangzhou,2024,253.98,萬輛,first,gz_stats_2024,汽車產量253.98萬輛,
        auto_output,chongqing,2022,209.18,萬輛,first,cq_stats_2024,汽車產量209.18萬輛,
        auto_output,chongqing,2023,231.76,萬輛,first,cq_stats_2024,汽車產量231.76萬輛,
        auto_output,chongqing,2024,254.01,萬輛,first,cq_stats_2024,汽車產量254.01萬輛,

        """;

    public const string FiscalCsv = """
        series,entity,period,value,unit,vintage,source_id,quote,note
        innovation_budget,guangzhou,2024,120,億元,first,gz_stats_2024,投入120億元,Last year's budget; none for 2025

        """;

    /// <summary>market.csv: written with a BOM and CRLF (see <see cref="WriteMarketWithBomAndCrlf"/>).</summary>
    public static readonly string[] MarketLines =
    [
        "series,entity,period,value,unit,vintage,source_id,quote,note",
        "nev_sales,byd,2024,4272145,輛,first,byd_2024,\"全年累計銷量4,272,145輛，同比增長41.26%，\"\"新能源\"\"\",\"Company figure, in 輛\"",
        "nev_sales,china,2024,1286.6,萬輛,first,gz_stats_2024,新能源汽車銷量1286.6萬輛,",
        "nev_sales,guangzhou,2023,64,萬輛,first,gz_stats_2024,新能源汽車銷量64萬輛,",
        "nev_sales,guangdong,2023,246.2,萬輛,first,gz_stats_2024,全省新能源汽車銷量246.2萬輛,",
    ];

    public const string ByDQuote = "全年累計銷量4,272,145輛，同比增長41.26%，\"新能源\"";

    public const string TargetsCsv = """
        series,entity,period,value,unit,vintage,source_id,quote,note
        gdp_growth_target,guangzhou,2025,5,%,first,gz_stats_2024,預期目標增長5%左右,

        """;

    public const string PlanTargetsCsv = """
        series,entity,period,value,unit,vintage,source_id,quote,note
        cluster_output_target,c_nev,2021-2025,10000,億元,first,gz_plan,規模突破萬億元,

        """;

    public const string ClaimsCsv = """"
        claim_id,theme,quote,value,unit,qualifier,entity,series,period,check,compare,source_id,note,would_confirm
        gz_gdp_growth_2024,gdp,全年GDP增速僅2.1%，在主要城市中排名靠後,2.1,%,exactly,guangzhou,gdp_real_growth,2024,observation,,article,,
        gz_gdp_2024_close,gdp,廣州GDP達3.1萬億,31000,億元,exactly,guangzhou,gdp,2024,observation,,article,,
        cq_gdp_2024_contra,gdp,重慶GDP達3.5萬億元,3.5,萬億元,exactly,chongqing,gdp,2024,observation,,article,,
        gz_innovation_budget_2025,fiscal,"廣州今年將投入逾140億元（人民幣，下同）, ""全過程""",140,億元,over,guangzhou,innovation_budget,2025,observation,,article,,
        cq_passed_gz_gdp,gdp,三年前GDP總量剛剛超越廣州的重慶,3,年,exactly,chongqing,gdp,2025,overtake_year,guangzhou,article,,
        cq_passed_gz_autos_close,autos,一年前重慶汽車產量反超廣州,1,年,exactly,chongqing,auto_output,2024,overtake_year,guangzhou,article,,
        cq_fourth_city_2024,gdp,穩坐全國第四大經濟城市,4,個,exactly,chongqing,gdp,2024,rank,,article,,
        gz_fourth_city_2024,gdp,廣州第四,4,個,exactly,guangzhou,gdp,2024,rank,,article,,
        gz_nev_share_gd_2023,autos,佔全省新能源汽車總銷量26%,26,%,exactly,guangzhou,nev_sales,2023,share_of,guangdong,article,,
        gz_cluster_count,clusters,推動5個戰略性產業集群發展,5,個,exactly,guangzhou,plan_item_count,2025,plan_count,cluster,article,,
        gz_future_industry_count,clusters,前瞻布局2個未來產業,2,個,exactly,guangzhou,plan_item_count,2025,plan_count,future_industry,article,,
        tier_nev,clusters,1個萬億級產業,10000,億元,about,c_nev,cluster_output_target,2025,observation,,article,,
        tier_fashion,clusters,"2個5,000億級產業",5000,億元,about,c_fashion,cluster_output_target,2025,observation,,article,,
        tier_software,clusters,"2個5,000億級產業",5000,億元,about,c_software,cluster_output_target,2025,observation,,article,,
        gz_cluster_total,clusters,總規模目標：超6萬億,6,萬億元,over,guangzhou,cluster_output_target,2025,plan_total,,article,,
        byd_nev_sales_2024,market,比亞迪突破300萬輛的銷量,300,萬輛,over,byd,nev_sales,2024,observation,,article,,

        """";

    public string Directory { get; }

    /// <summary>The name errors show for a file: the data directory's own name, then the file.</summary>
    public string Display(string file) => Path.Combine(Path.GetFileName(Directory), file);

    public TestData()
    {
        Directory = Path.Combine(Path.GetTempPath(), "gz-tests-" + Guid.NewGuid().ToString("N"), "data");
        System.IO.Directory.CreateDirectory(Directory);
        Write(DataFiles.Documents, DocumentsCsv);
        Write(DataFiles.Sources, SourcesCsv);
        Write(DataFiles.Entities, EntitiesCsv);
        Write(DataFiles.Series, SeriesCsv);
        Write(DataFiles.Plan, PlanCsv);
        Write("gdp.csv", GdpCsv);
        Write("industry.csv", IndustryCsv);
        Write("fiscal.csv", FiscalCsv);
        WriteMarketWithBomAndCrlf();
        Write("targets.csv", TargetsCsv);
        Write("plan_targets.csv", PlanTargetsCsv);
        Write(DataFiles.Claims, ClaimsCsv);
    }

    /// <summary>Writes UTF-8 without BOM, with the LF line endings of the raw literal.</summary>
    public void Write(string file, string content) =>
        File.WriteAllText(Path.Combine(Directory, file), content.ReplaceLineEndings("\n"), new UTF8Encoding(false));

    /// <summary>An observation file: the header, then the given rows, LF-terminated.</summary>
    public void WriteObservations(string file, params string[] rows) =>
        Write(file, string.Join("\n", [ObservationHeader, .. rows]) + "\n");

    public void WriteMarketWithBomAndCrlf()
    {
        var bytes = new UTF8Encoding(true).GetPreamble()
            .Concat(new UTF8Encoding(false).GetBytes(string.Join("\r\n", MarketLines) + "\r\n")).ToArray();
        File.WriteAllBytes(Path.Combine(Directory, "market.csv"), bytes);
    }

    public DataSet Load() => DataSetLoader.Load(Directory);

    /// <summary>Loads and expects the load to fail.</summary>
    public DataFormatException LoadFails() => Assert.Throws<DataFormatException>(() => DataSetLoader.Load(Directory));

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Path.GetDirectoryName(Directory)!, recursive: true); }
        catch (IOException) { }
    }
}
