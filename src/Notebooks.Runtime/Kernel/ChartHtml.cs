using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Notebooks.Runtime.Charts;

namespace Notebooks.Runtime.Kernel;

/// <summary>Builds the offline HTML of a plotly figure: a div holding the static image, plus the script drawing it.</summary>
internal static class ChartHtml
{
    /// <summary>The complete &lt;script&gt; element that loads the bundled plotly.js (defines window.Plotly).</summary>
    public static string PlotlyJsScriptElement() =>
        $"<script type=\"text/javascript\" {PlotlyJs.Marker}=\"{PlotlyJs.Version}\">{PlotlyJs.InlineScriptBody}</script>";

    private const string DrawScript = """
        <script type="text/javascript">
        (function () {
          var id = '__ID__';
          var figure = JSON.parse(__FIGURE__);
          function draw() {
            var el = document.getElementById(id);
            if (!el || typeof window.Plotly === 'undefined') { return false; }
            el.innerHTML = '';
            el.style.minHeight = '';
            el.style.height = '__HEIGHT__px';
            window.Plotly.newPlot(el, figure.data || [], figure.layout || {}, Object.assign({ responsive: true }, figure.config || {}));
            return true;
          }
          // A page with packed plotly.js says when it is ready; elsewhere (an editor's output, a page loading a .js file) poll.
          if (window.plotlyReady) {
            window.plotlyReady.then(draw);
          } else if (!draw()) {
            var tries = 0;
            var timer = setInterval(function () { if (draw() || ++tries > 100) { clearInterval(timer); } }, 100);
          }
        })();
        </script>
        """;

    public static string Hash(string text) =>
        Files.ContentHash.Of(text)[..12];

    /// <summary>Width and height from the figure layout, else the defaults.</summary>
    public static (int Width, int Height) Size(string figureJson, int defaultWidth, int defaultHeight)
    {
        try
        {
            var layout = JsonNode.Parse(figureJson)?["layout"];
            var width = layout?["width"] is JsonValue w && w.TryGetValue<double>(out var wv) && wv > 0 ? (int)wv : defaultWidth;
            var height = layout?["height"] is JsonValue h && h.TryGetValue<double>(out var hv) && hv > 0 ? (int)hv : defaultHeight;
            return (width, height);
        }
        catch (System.Text.Json.JsonException)
        {
            return (defaultWidth, defaultHeight);
        }
    }

    /// <param name="elementId">Deterministic id of the chart div.</param>
    /// <param name="figureJson">Plotly figure JSON.</param>
    /// <param name="width">Width of the chart in pixels.</param>
    /// <param name="height">Height of the chart in pixels.</param>
    /// <param name="pngBase64">Static fallback image (base64, or the placeholder of one being drawn) shown where scripts do not run (GitHub), or null.</param>
    /// <param name="includePlotlyJs">Whether to inline plotly.js (once per document or kernel session).</param>
    public static string Build(string elementId, string figureJson, int width, int height, string? pngBase64, bool includePlotlyJs)
    {
        var html = new StringBuilder();
        // A described chart is an image to assistive technology, named by its description (the drawn plot's SVG is not).
        var alt = WebUtility.HtmlEncode(Charts.PlotlyFigure.Description(figureJson) ?? "chart");
        html.Append("<div class=\"nr-chart\" id=\"").Append(elementId).Append("\" role=\"img\" aria-label=\"").Append(alt)
            .Append("\" style=\"width:100%;max-width:").Append(width).Append("px;min-height:").Append(height).Append("px\">");
        if (pngBase64 is not null)
        {
            html.Append("<img alt=\"").Append(alt).Append("\" style=\"width:100%;max-width:").Append(width).Append("px;height:auto\" src=\"data:image/png;base64,")
                .Append(pngBase64).Append("\"/>");
        }
        else
        {
            html.Append("<noscript>").Append(WebUtility.HtmlEncode("This chart needs JavaScript.")).Append("</noscript>");
        }

        html.Append("</div>\n");
        if (includePlotlyJs)
        {
            html.Append(PlotlyJsScriptElement()).Append('\n');
        }

        // The figure JSON goes into a JS string literal via JSON encoding, with "<" escaped so it can never close the script.
        var figureLiteral = System.Text.Json.JsonSerializer.Serialize(figureJson).Replace("<", "\\u003c", StringComparison.Ordinal);
        html.Append(DrawScript
            .Replace("__ID__", elementId, StringComparison.Ordinal)
            .Replace("__HEIGHT__", height.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("__FIGURE__", figureLiteral, StringComparison.Ordinal));
        return html.ToString();
    }
}
