using System.IO.Compression;

namespace Notebooks.Runtime.Charts;

/// <summary>
/// plotly.js packed for single-file pages: gzip, then base64, inside a script that unpacks it with the browser's own
/// <c>DecompressionStream</c> and evaluates it in the global scope. A standalone page then carries about 1.4 MB of
/// plotly.js instead of 3.6 MB and still needs nothing but itself; no request is made, not even to a blob: or data: URL.
/// </summary>
/// <remarks>
/// The script sets <c>window.plotlyReady</c>, a promise of <c>window.Plotly</c>; code that draws at once waits on it,
/// code that polls for <c>window.Plotly</c> needs no change. A browser without <c>DecompressionStream</c> (Chrome/Edge before 80,
/// Firefox before 113, Safari before 16.4) shows a note where each chart would be.
/// </remarks>
internal static class PackedPlotlyJs
{
    /// <summary>The attribute value marking the packing, so a reader of the page source knows what the long string is.</summary>
    public const string Packing = "gzip+base64";

    private static readonly Lazy<string> Base64 = new(Pack);

    /// <summary>The complete &lt;script&gt; element (defines <c>window.plotlyReady</c>, then <c>window.Plotly</c>).</summary>
    /// <param name="chartSelector">CSS selector of the elements that hold charts, where a browser that cannot unpack shows its note.</param>
    public static string ScriptElement(string chartSelector) =>
        Loader
            .Replace("__MARKER__", PlotlyJs.Marker, StringComparison.Ordinal)
            .Replace("__VERSION__", PlotlyJs.Version, StringComparison.Ordinal)
            .Replace("__PACKING__", Packing, StringComparison.Ordinal)
            .Replace("__SELECTOR__", System.Text.Json.JsonSerializer.Serialize(chartSelector).Replace("<", "\\u003c", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("__PACKED__", Base64.Value, StringComparison.Ordinal);

    /// <summary>The packed bytes as the page carries them (base64 of the gzip of the AMD-safe plotly.js).</summary>
    public static string PackedBase64 => Base64.Value;

    private static string Pack()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(PlotlyJs.GlobalSource));
        }

        return Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private const string Loader = """
        <script type="text/javascript" __MARKER__="__VERSION__" data-packing="__PACKING__">
        window.plotlyReady = (function () {
          var packed = "__PACKED__";
          if (typeof DecompressionStream === 'undefined') {
            return Promise.reject(new Error('This browser cannot unpack the charts of this page: it lacks DecompressionStream (Chrome or Edge 80, Firefox 113, Safari 16.4 or later have it).'));
          }
          var text = atob(packed), bytes = new Uint8Array(text.length);
          for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
          return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
            .then(function (source) { (0, eval)(source); return window.Plotly; });
        })();
        window.plotlyReady.catch(function (error) {
          function note() {
            document.querySelectorAll(__SELECTOR__).forEach(function (el) { el.textContent = error.message; });
          }
          if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', note); } else { note(); }
        });
        </script>
        """;
}
