namespace Notebooks.Runtime.Charts;

/// <summary>Renders plotly figure JSON ({"data":[...],"layout":{...}}) to static images.</summary>
public interface IChartImageRenderer : IAsyncDisposable
{
    Task<string> RenderSvgAsync(string figureJson, int width, int height, CancellationToken ct = default);

    Task<byte[]> RenderPngAsync(string figureJson, int width, int height, double scale, CancellationToken ct = default);

    /// <summary>A one-page PDF of the figure at <paramref name="width"/> × <paramref name="height"/> CSS pixels: vector, fonts embedded.</summary>
    Task<byte[]> RenderPdfAsync(string figureJson, int width, int height, CancellationToken ct = default);

    /// <summary>
    /// Runs a JavaScript function with <paramref name="args"/> in the page charts are drawn in, so probes such as
    /// <see cref="CjkFontCheck"/> see the same fonts; the function returns a string (JSON for structured answers).
    /// </summary>
    Task<string> EvaluateAsync(string script, object[] args, CancellationToken ct = default);
}
