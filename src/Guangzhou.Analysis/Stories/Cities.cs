namespace Guangzhou.Analysis.Stories;

/// <summary>The city sets the story compares.</summary>
public static class Cities
{
    /// <summary>The eight big cities of the GDP race, in the order the data dictionary lists them.</summary>
    public static readonly IReadOnlyList<string> BigEight = ["guangzhou", "chongqing", "shenzhen", "hangzhou", "beijing", "shanghai", "suzhou", "chengdu"];
    public const string Guangzhou = "guangzhou";
    public const string Chongqing = "chongqing";
}
