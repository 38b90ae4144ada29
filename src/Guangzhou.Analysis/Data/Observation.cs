namespace Guangzhou.Analysis.Data;

/// <summary>One published number: what (series), for whom (entity), when (period), how much, which release, and who says so.</summary>
public sealed record Observation(
    string Series, string Entity, Period Period, Quantity Quantity, string SourceId, string Quote, string Note,
    SourceLocation Location)
{
    public decimal Value => Quantity.Value;
    public Unit Unit => Quantity.Unit;

    /// <summary>Which release the number is (data column <c>vintage</c>); first published unless the row says otherwise.</summary>
    public Vintage Vintage { get; init; } = Vintage.FirstPublished;
}
