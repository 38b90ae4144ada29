using Plotly.NET;

namespace Guangzhou.Analysis.Figures;

/// <summary>The chart types the house draws; the alt text names the type, as a screen reader user first needs to know.</summary>
public enum ChartKind { Lines, RankedBars, GroupedBars, Bridge, StackedBars }

/// <summary>
/// A chart as drawn, with the values it plots: what a figure needs besides its words. <paramref name="Emphasised"/> names
/// the series drawn heavier (the two raced cities), which the alt text reads first.
/// </summary>
public sealed record Drawing(GenericChart Chart, ChartKind Kind, FigureData Data, IReadOnlyList<string>? Emphasised = null);
