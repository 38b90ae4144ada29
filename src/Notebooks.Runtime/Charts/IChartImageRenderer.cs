namespace Notebooks.Runtime.Charts;

/// <summary>Renders plotly figure JSON ({"data":[...],"layout":{...}}) to static images.</summary>
public interface IChartImageRenderer : IAsyncDisposable
{
    Task<string> RenderSvgAsync(string figureJson, int width, int height, CancellationToken ct = default);

    Task<byte[]> RenderPngAsync(string figureJson, int width, int height, double scale, CancellationToken ct = default);
}
