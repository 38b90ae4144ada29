namespace Notebooks.Runtime.Figures;

/// <summary>
/// A figure ready to export: a file stem, the words shown in the gallery, the plotly figure JSON, its text alternative
/// and the values it draws. The runtime knows nothing of what the figure is about; the caller's catalog decides that.
/// </summary>
/// <param name="Stem">File name without extension, e.g. <c>gdp-race.en</c>.</param>
/// <param name="Title">The figure's headline.</param>
/// <param name="Caption">The gallery's caption.</param>
/// <param name="SourceLine">The figure's source line.</param>
/// <param name="Language">The BCP 47 tag of the figure's words (<c>zh-Hant</c>, <c>en</c>): its pages' <c>lang</c>.</param>
/// <param name="FigureJson">The plotly figure (data, layout, config).</param>
/// <param name="Width">Width in CSS pixels, also of the PDF page.</param>
/// <param name="Height">Height in CSS pixels, also of the PDF page.</param>
public sealed record ExportFigure(string Stem, string Title, string Caption, string SourceLine, string Language, string FigureJson, int Width, int Height)
{
    /// <summary>What the figure shows and finds, for readers who cannot see it: the SVG's desc, the page's aria-label and caption.</summary>
    public string AltText { get; init; } = "";

    /// <summary>The values drawn, written as <c>&lt;stem&gt;.csv</c> and shown as a table under the figure; none when empty.</summary>
    public FigureTable Table { get; init; } = FigureTable.Empty;
}

/// <summary>
/// A figure's data as text: column ids for the CSV file (the same in every language), headings for the page's table
/// (in the figure's language) and one row per drawn value.
/// </summary>
public sealed record FigureTable(IReadOnlyList<string> Columns, IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static FigureTable Empty { get; } = new([], [], []);

    /// <summary>The rows as the page shows them (words instead of ids), when they differ from the file's; the file's rows otherwise.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? PageRows { get; init; }

    public bool IsEmpty => Columns.Count == 0;

    /// <summary>RFC 4180 CSV, UTF-8 text with LF line ends: a field with a comma, quote or line break is quoted.</summary>
    public string ToCsv()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(string.Join(',', Columns.Select(Field))).Append('\n');
        foreach (var row in Rows)
        {
            sb.Append(string.Join(',', row.Select(Field))).Append('\n');
        }

        return sb.ToString();
    }

    private static string Field(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
