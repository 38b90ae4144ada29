namespace Notebooks.Runtime.Figures;

/// <summary>
/// A figure ready to export: a file stem, the words shown in the gallery and the plotly figure JSON. The runtime knows
/// nothing of what the figure is about; the caller's catalog decides that.
/// </summary>
public sealed record ExportFigure(string Stem, string Title, string Caption, string SourceLine, string Language, string FigureJson, int Width, int Height);
