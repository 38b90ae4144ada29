namespace Guangzhou.Analysis.Data;

/// <summary>Who a number is about: a city, a province, the country, a company, a plan item.</summary>
public sealed record Entity(string Id, string NameZh, string NameEn, string Kind)
{
    public string Name(Language language) => language == Language.Chinese ? NameZh : NameEn;
}

public enum Language { Chinese, English }
