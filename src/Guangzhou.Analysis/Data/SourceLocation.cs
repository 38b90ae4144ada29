namespace Guangzhou.Analysis.Data;

/// <summary>Where a record was read from, so a verdict or an error can point back to the row.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
