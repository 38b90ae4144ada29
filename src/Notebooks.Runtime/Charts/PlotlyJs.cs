using System.Text.RegularExpressions;

namespace Notebooks.Runtime.Charts;

/// <summary>The plotly.js bundled inside Plotly.NET.dll (never a CDN).</summary>
public static partial class PlotlyJs
{
    private static readonly Lazy<(string Source, string Version)> Loaded = new(Load);

    /// <summary>The minified plotly.js source.</summary>
    public static string Source => Loaded.Value.Source;

    /// <summary>The plotly.js version, e.g. "2.28.0".</summary>
    /// <summary>Attribute marking the inline plotly.js script so renderers can hoist it to the page head.</summary>
    public const string Marker = "data-notebooks-plotlyjs";

    public static string Version => Loaded.Value.Version;

    /// <summary>
    /// plotly.js wrapped so that it always defines <c>window.Plotly</c>, even in pages that have an AMD loader
    /// (require.js) or CommonJS globals, and safe to inline inside a &lt;script&gt; element.
    /// </summary>
    public static string InlineScriptBody => GlobalSource.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// plotly.js wrapped so that it always defines <c>window.Plotly</c>, even in pages that have an AMD loader (require.js)
    /// or CommonJS globals: the form of a separate .js file and of the packed copy (<see cref="PackedPlotlyJs"/>).
    /// </summary>
    public static string GlobalSource => "(function(define,exports,module){\n" + Source + "\n}).call(window);\n";

    private static (string, string) Load()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames()
            .Where(n => VersionPattern().IsMatch(n))
            .OrderBy(n => n, StringComparer.Ordinal)
            .LastOrDefault()
            ?? throw new InvalidOperationException($"plotly.js is not embedded in {assembly.GetName().Name} (expected a resource like Plotly.NET.plotly-2.28.0.min.js).");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return (reader.ReadToEnd(), VersionPattern().Match(name).Groups[1].Value);
    }

    [GeneratedRegex(@"plotly-(\d+\.\d+\.\d+)\.min\.js$")]
    private static partial Regex VersionPattern();
}
