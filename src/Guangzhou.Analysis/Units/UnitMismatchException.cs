namespace Guangzhou.Analysis.Units;

/// <summary>Thrown when code asks for a value in a unit of another dimension (萬輛 as 億元, % as 百分點).</summary>
public sealed class UnitMismatchException(Unit actual, Unit wanted)
    : InvalidOperationException($"Cannot use a value in {actual.Symbol()} as {wanted.Symbol()}: they measure different things.")
{
    public Unit Actual { get; } = actual;
    public Unit Wanted { get; } = wanted;
}
