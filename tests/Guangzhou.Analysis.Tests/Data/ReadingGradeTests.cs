using Guangzhou.Analysis.Data;

namespace Guangzhou.Analysis.Tests.Data;

/// <summary>
/// The provenance rules of data/README.md ("How we check"): one document is one row however many places it was read,
/// original means the publisher's own host, a government body's document is official, and each reading's grade follows
/// from the document's kind and the kind of site it was read on.
/// </summary>
public sealed class ReadingGradeTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    private void AssertError(DataFormatException ex, string file, int line, int column, string columnName, string fragment)
    {
        Assert.Equal(_data.Display(file), ex.File);
        Assert.Equal((line, column, columnName), (ex.Line, ex.Column, ex.ColumnName));
        Assert.Contains(fragment, ex.Problem);
    }

    private void AddReading(string row) => _data.Write(DataFiles.Sources, TestData.SourcesCsv + row + "\n");

    [Fact]
    public void Source_of_an_unknown_document()
    {
        AddReading("x,no_such_doc,https://example.com/z,2025-06-01,reprint,mirror,weak,");
        AssertError(_data.LoadFails(), "sources.csv", 8, 2, "document_id", "unknown document 'no_such_doc'");
    }

    [Fact]
    public void A_document_read_in_two_places_is_one_document_with_two_readings()
    {
        AddReading("gz_stats_2024_copy,gz_stats_2024,http://news.example.net/a,2025-06-01,reprint,news,official-reprint,");
        var set = _data.Load();
        Assert.Equal("gz_stats_2024", set.Sources["gz_stats_2024_copy"].Document.Id);
        Assert.Equal(EvidenceGrade.OfficialReprint, set.Sources["gz_stats_2024_copy"].Grade);
        Assert.Equal(EvidenceGrade.Official, set.Sources["gz_stats_2024"].Grade);
    }

    [Fact]
    public void Same_publisher_kind_and_date_is_one_document()
    {
        _data.Write(DataFiles.Documents, TestData.DocumentsCsv + "gz_stats_2024_hk,廣州市統計局,Guangzhou Municipal Bureau of Statistics,(香港商報 report),2025-03,statistics-communique,zh-Hant,gz.gov.cn,\n");
        AssertError(_data.LoadFails(), "documents.csv", 8, 1, "document_id",
            "'gz_stats_2024_hk' has the publisher, kind and date of 'gz_stats_2024' (line 2): one document, read in two places");
    }

    [Fact]
    public void A_government_bodys_document_is_official_not_media()
    {
        _data.Write(DataFiles.Documents, TestData.DocumentsCsv + "gz_via_paper,廣州市統計局,Guangzhou Municipal Bureau of Statistics,(南方日報 report),2025-04,media,zh-Hans,southcn.com,\n");
        AssertError(_data.LoadFails(), "documents.csv", 8, 6, "kind", "'廣州市統計局' is a government body: its document is official");
    }

    [Fact]
    public void An_official_documents_own_host_is_a_government_site()
    {
        _data.Write(DataFiles.Documents, TestData.DocumentsCsv.Replace("zh-Hans,gz.gov.cn,\ncq", "zh-Hans,news.southcn.com,\ncq", StringComparison.Ordinal));
        AssertError(_data.LoadFails(), "documents.csv", 2, 8, "host", "'news.southcn.com' is not a government host");
    }

    [Fact]
    public void An_original_reading_on_another_host_is_refused()
    {
        _data.Write(DataFiles.Sources, TestData.SourcesCsv.Replace("https://tjj.gz.gov.cn/a", "http://mirror.example.net/a"));
        AssertError(_data.LoadFails(), "sources.csv", 2, 5, "reading", "'mirror.example.net' is not a host of the document's publisher (gz.gov.cn): a reading elsewhere is a reprint");
    }

    [Fact]
    public void A_reprint_on_the_publishers_own_host_is_refused()
    {
        _data.Write(DataFiles.Sources, TestData.SourcesCsv.Replace("https://tjj.gz.gov.cn/a,2025-06-01,original,publisher", "https://tjj.gz.gov.cn/a,2025-06-01,reprint,publisher"));
        AssertError(_data.LoadFails(), "sources.csv", 2, 5, "reading", "'tjj.gz.gov.cn' is the publisher's own host");
    }

    [Fact]
    public void Another_government_site_is_host_kind_government()
    {
        AddReading("gz_stats_2024_district,gz_stats_2024,https://www.hzzx.gov.cn/a,2025-06-01,reprint,mirror,official-reprint,");
        AssertError(_data.LoadFails(), "sources.csv", 8, 6, "host_kind", "'www.hzzx.gov.cn' is a government site other than the publisher's");
        AddReading("gz_stats_2024_news,gz_stats_2024,https://news.example.net/a,2025-06-01,reprint,government,official-reprint,");
        AssertError(_data.LoadFails(), "sources.csv", 8, 6, "host_kind", "'news.example.net' is not a government site");
    }

    [Theory]
    [InlineData("gz_stats_2024", "news", "official", "a statistics-communique document read on a news host is grade 'official-reprint', not 'official'")]
    [InlineData("gz_stats_2024", "spam-mirror", "official-reprint", "a statistics-communique document read on a spam-mirror host is grade 'weak', not 'official-reprint'")]
    [InlineData("gz_stats_2024", "self-media", "official-reprint", "read on a self-media host is grade 'weak'")]
    [InlineData("media_x", "news", "official-reprint", "a media document read on a news host is grade 'media', not 'official-reprint'")]
    [InlineData("media_x", "mirror", "media", "a media document read on a mirror host is grade 'weak', not 'media'")]
    public void The_grade_follows_from_the_document_and_the_site(string document, string hostKind, string grade, string fragment)
    {
        AddReading($"copy,{document},http://copy.example.net/a,2025-06-01,reprint,{hostKind},{grade},");
        AssertError(_data.LoadFails(), "sources.csv", 8, 7, "grade", fragment);
    }

    [Fact]
    public void A_media_document_at_its_own_site_is_never_official()
    {
        _data.Write(DataFiles.Sources, TestData.SourcesCsv.Replace("https://example.com/x,2025-06-01,original,publisher,media", "https://example.com/x,2025-06-01,original,publisher,official"));
        AssertError(_data.LoadFails(), "sources.csv", 6, 7, "grade", "a media document read on a publisher host is grade 'media', not 'official'");
    }

    [Fact]
    public void Self_media_is_weak_wherever_it_is_read()
    {
        _data.Write(DataFiles.Documents, TestData.DocumentsCsv + "post,某號,Some account,某帖,2025-04,self-media,zh-Hans,example.org,\n");
        AddReading("post,post,https://example.org/p,2025-06-01,original,publisher,weak,");
        Assert.Equal(EvidenceGrade.Weak, _data.Load().Sources["post"].Grade);
    }

    [Fact]
    public void Final_accounts_give_final_figures()
    {
        _data.Write(DataFiles.Documents, TestData.DocumentsCsv + "gz_final_2024,廣州市財政局,Guangzhou Finance Bureau,關於廣州市2024年決算的報告,2025-08,budget-report,zh-Hant,gz.gov.cn,\n");
        AddReading("gz_final_2024,gz_final_2024,https://czj.gz.gov.cn/a,2025-09-01,original,publisher,official,");
        _data.WriteObservations("fiscal.csv", "innovation_budget,guangzhou,2024,120,億元,first,gz_final_2024,投入120億元,");
        AssertError(_data.LoadFails(), "fiscal.csv", 2, 6, "vintage", "gz_final_2024 is a final-accounts report (决算), so its figures for 2024 are 'final'");
        _data.WriteObservations("fiscal.csv", "innovation_budget,guangzhou,2024,120,億元,final,gz_final_2024,投入120億元,");
        Assert.Equal(Vintage.FinalVerified, Assert.Single(_data.Load().Find("innovation_budget")).Vintage);
    }
}
