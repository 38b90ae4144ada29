namespace Guangzhou.Analysis.Figures;

/// <summary>A label in Traditional Chinese and English; every figure exists in both.</summary>
public sealed record Bilingual(string Zh, string En)
{
    public string In(Language language) => language == Language.Chinese ? Zh : En;
}
