using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Data;

/// <summary>One published number: what (series), for whom (entity), when (period), how much, and who says so.</summary>
public sealed record Observation(
    string Series, string Entity, Period Period, Quantity Quantity, string SourceId, string Quote, string Note,
    SourceLocation Location)
{
    public decimal Value => Quantity.Value;
    public Unit Unit => Quantity.Unit;
}
