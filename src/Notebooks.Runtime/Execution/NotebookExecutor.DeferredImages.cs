using Notebooks.Runtime.Kernel;

namespace Notebooks.Runtime.Execution;

public static partial class NotebookExecutor
{
    private const string PngMimeType = "image/png";

    /// <summary>
    /// Puts each deferred chart image in its output, and a font warning that came with one in its cell. An image that
    /// could not be drawn leaves its chart without a PNG and an error in its cell; the first such cell is returned as the
    /// notebook's failure.
    /// </summary>
    private static async Task<CellFailure?> FillDeferredImagesAsync(
        IReadOnlyList<NotebookCell> codeCells, IReadOnlyDictionary<NotebookCell, int> cellNumbers, DeferredImages deferred, CancellationToken ct)
    {
        CellFailure? first = null;
        foreach (var cell in codeCells)
        {
            var added = new List<NotebookOutput>();
            foreach (var data in cell.Outputs.Select(OutputData).OfType<SortedDictionary<string, string>>())
            {
                if (!data.TryGetValue(PngMimeType, out var value) || !DeferredImages.IsPlaceholder(value))
                {
                    continue;
                }

                try
                {
                    var image = await deferred.ResolveAsync(value, ct);
                    data[PngMimeType] = image.Base64Png;
                    if (image.Warning is { } warning)
                    {
                        added.Add(new StreamOutput("stderr", warning));
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    data.Remove(PngMimeType);
                    var message = $"The chart's static image (PNG) could not be drawn: {e.Message}";
                    added.Add(new ErrorOutput(e.GetType().Name, message, [$"{e.GetType().Name}: {message}"]));
                    first ??= new CellFailure(cellNumbers[cell], null, e.GetType().Name, message, TimedOut: false);
                }
            }

            cell.Outputs.AddRange(added);
        }

        return first;
    }

    private static SortedDictionary<string, string>? OutputData(NotebookOutput output) => output switch
    {
        DisplayDataOutput display => display.Data,
        ExecuteResultOutput result => result.Data,
        _ => null,
    };
}
