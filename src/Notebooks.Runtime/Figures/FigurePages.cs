using System.Globalization;
using System.Net;
using System.Text;
using Notebooks.Runtime.Charts;

namespace Notebooks.Runtime.Figures;

/// <summary>
/// The HTML of the figure folder: one page per figure (the chart as an image named by its description, that description as
/// a visible caption, the drawn values as a table, and links to every file of the figure) and the gallery of all of them.
/// </summary>
public static class FigurePages
{
    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string PageStyle =
        "body{margin:0 0 2rem 0;font-family:'Noto Sans CJK TC',sans-serif;background:#fff;color:#1a1a1a}\n" +
        ".nr-caption,.nr-data,.nr-links{margin:1rem 24px;max-width:852px}.nr-caption{color:#333;line-height:1.5}\n" +
        "table{border-collapse:collapse;font-size:.9rem}th,td{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left;vertical-align:top}\n" +
        "td.n{text-align:right;font-variant-numeric:tabular-nums}caption{text-align:left;color:#555;padding-bottom:.4rem}.nr-links a{margin-right:1rem}\n";

    /// <summary>One figure's page; <paramref name="plotlyScript"/> loads plotly.js (by relative path, or packed inside).</summary>
    public static string Page(ExportFigure f, string plotlyScript, bool staticImages, bool standalone)
    {
        ArgumentNullException.ThrowIfNull(f);
        var words = PageWords.For(f.Language);
        var alt = f.AltText.Length > 0 ? f.AltText : f.Title;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(f.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .Append(E(f.Title)).Append("</title>\n<style>").Append(PageStyle).Append("</style>\n")
          .Append(plotlyScript).Append("\n</head>\n<body>\n<figure style=\"margin:0\">\n<div id=\"figure\" role=\"img\" aria-label=\"").Append(E(alt))
          .Append("\" style=\"width:").Append(f.Width.ToString(CultureInfo.InvariantCulture)).Append("px;height:")
          .Append(f.Height.ToString(CultureInfo.InvariantCulture)).Append("px\"></div>\n<figcaption class=\"nr-caption\">").Append(E(alt))
          .Append("</figcaption>\n</figure>\n");
        if (!f.Table.IsEmpty)
        {
            sb.Append("<section class=\"nr-data\">\n<h2>").Append(E(words.Data)).Append("</h2>\n");
            AppendTable(sb, f.Table, words.DataNote);
            sb.Append("</section>\n");
        }

        sb.Append("<p class=\"nr-links\">").Append(E(words.Downloads)).Append(": ").Append(Links(f, staticImages, standalone, onPage: true))
          .Append("<a href=\"index.html#").Append(E(f.Stem)).Append("\">").Append(E(words.Gallery)).Append("</a></p>\n")
          .Append("<script>\nvar fig = ").Append(f.FigureJson.Replace("</", "<\\/", StringComparison.Ordinal))
          .Append(";\n(window.plotlyReady || Promise.resolve()).then(function () {\n  Plotly.newPlot('figure', fig.data, fig.layout, Object.assign({}, fig.config || {}, {responsive: false}));\n});\n</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void AppendTable(StringBuilder sb, FigureTable table, string caption)
    {
        sb.Append("<table>\n<caption>").Append(E(caption)).Append("</caption>\n<thead><tr>");
        foreach (var h in table.Headings.Count == table.Columns.Count ? table.Headings : table.Columns)
        {
            sb.Append("<th scope=\"col\">").Append(E(h)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        var value = IndexOf(table.Columns, "value");
        foreach (var row in table.PageRows ?? table.Rows)
        {
            sb.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                sb.Append(i == value ? "<td class=\"n\">" : "<td>").Append(E(row[i])).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name) return i;
        }

        return -1;
    }

    /// <summary>The links to a figure's files, in the order a reader wants them: data first, print, web images, pages.</summary>
    private static string Links(ExportFigure f, bool staticImages, bool standalone, bool onPage)
    {
        var sb = new StringBuilder();
        void Link(string suffix, string label) => sb.Append("<a href=\"").Append(E(f.Stem)).Append(suffix).Append("\">").Append(E(label)).Append("</a>");
        if (!f.Table.IsEmpty) Link(".csv", "CSV");
        if (staticImages)
        {
            Link(".pdf", "PDF");
            Link(".svg", "SVG");
            Link(".png", "PNG");
        }

        if (!onPage) Link(".html", "HTML");
        if (standalone && !onPage) Link(FigureExporter.StandaloneSuffix, PageWords.For(f.Language).SingleFile);
        return sb.ToString();
    }

    /// <summary>
    /// The gallery: every figure's PNG (or a note when images are missing) with its description as alt text, title, caption,
    /// source line and links. <paramref name="language"/> is the gallery's own <c>lang</c>; each figure carries its own.
    /// </summary>
    public static string Gallery(IReadOnlyList<ExportFigure> figures, bool staticImages, bool standalone, string language)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>Figures</title>\n<style>\n")
          .Append("body{font-family:'Noto Sans CJK TC','Noto Sans CJK SC',sans-serif;margin:2rem auto;max-width:1280px;color:#1a1a1a}\n")
          .Append("figure{margin:0 0 3rem 0;border-top:1px solid #ddd;padding-top:1rem}img{max-width:100%;height:auto;border:1px solid #eee}\n")
          .Append("figcaption{color:#555;font-size:.95rem}.links a{margin-right:1rem}.missing{background:#fff4e5;padding:1rem}\n")
          .Append("</style>\n</head>\n<body>\n<h1>Figures · 圖表</h1>\n");
        if (!staticImages)
            sb.Append("<p class=\"missing\">Static images were not rendered: no Chromium, Chrome or Edge was found. <code>")
              .Append(E(BrowserNotFoundException.InstallHint)).Append("</code>, then run again.</p>\n");
        foreach (var f in figures)
        {
            sb.Append("<figure id=\"").Append(E(f.Stem)).Append("\" lang=\"").Append(E(f.Language)).Append("\">\n<h2>").Append(E(f.Title)).Append("</h2>\n");
            if (staticImages)
                sb.Append("<img src=\"").Append(E(f.Stem)).Append(".png\" alt=\"").Append(E(f.AltText.Length > 0 ? f.AltText : f.Title))
                  .Append("\" width=\"").Append(f.Width).Append("\">\n");
            sb.Append("<figcaption>").Append(E(f.Caption)).Append("<br>").Append(E(f.SourceLine)).Append("</figcaption>\n<p class=\"links\">")
              .Append(Links(f, staticImages, standalone, onPage: false)).Append("</p>\n</figure>\n");
        }

        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }
}
