namespace Guangzhou.Analysis.Figures;

/// <summary>The words of a figure in one language: title, subtitle, axis titles (with units), source line and note.</summary>
public sealed record FigureText(string Title, string Subtitle, string XAxis, string YAxis, string SourceLine, string Note);
