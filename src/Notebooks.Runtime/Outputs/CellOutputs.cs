using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Runtime.Kernel;

namespace Notebooks.Runtime.Outputs;

/// <summary>
/// The one output pipeline: turns the kernel events of one cell into its notebook outputs (stream, display, update,
/// result, error) and completes the chart images drawn in the background (<see cref="DeferredImages"/>). The headless
/// runner keeps the outputs; the Jupyter and stdio hosts also follow <see cref="OutputChange"/>s to show them live.
/// <para>
/// A chart whose PNG is still being drawn is a display with a display id (a returned chart too), so a front end can
/// show it at once from its figure and replace it when the PNG arrives. An image that cannot be drawn fails its cell:
/// see <see cref="CompleteImagesAsync"/>.
/// </para>
/// </summary>
internal sealed class CellOutputs(int executionCount, CellOutputOptions options, Action<OutputChange>? changed = null)
{
    private const string PngMimeType = "image/png";
    private static int _displayIds;
    private readonly object _gate = new();
    private readonly List<NotebookOutput> _outputs = [];
    private readonly List<(DisplayDataOutput Display, string Placeholder)> _pending = [];
    private bool _closed;

    /// <summary>The outputs so far, in order.</summary>
    public IReadOnlyList<NotebookOutput> Outputs
    {
        get
        {
            lock (_gate)
            {
                return [.. _outputs];
            }
        }
    }

    public void OnEvent(KernelEvent e)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            switch (e)
            {
                case StandardOutputValueProduced stdout:
                    Stream("stdout", PlainText(stdout.FormattedValues));
                    break;
                case StandardErrorValueProduced stderr:
                    Stream("stderr", PlainText(stderr.FormattedValues));
                    break;
                case ErrorProduced error:
                    Stream("stderr", error.Message + "\n");
                    break;
                case DisplayedValueUpdated updated when updated.ValueId is { } id && options.Displays.TryGetValue(id, out var earlier):
                    earlier.Data = Data(updated.FormattedValues, updated.Value);
                    Track(earlier);
                    changed?.Invoke(new OutputChange(OutputChangeKind.Updated, earlier));
                    break;
                case DisplayEvent displayed and (DisplayedValueProduced or DisplayedValueUpdated):
                    AddDisplay(Data(displayed.FormattedValues, displayed.Value), displayed.ValueId);
                    break;
                case ReturnValueProduced { Value: DisplayedValue }:
                    break;
                case ReturnValueProduced returned:
                    var data = Data(returned.FormattedValues, returned.Value);
                    if (PlaceholderIn(data) is not null)
                    {
                        AddDisplay(data, null);
                    }
                    else if (data.Count > 0)
                    {
                        Add(new ExecuteResultOutput(data, executionCount));
                    }

                    break;
            }
        }
    }

    /// <summary>Adds the cell's error (a failed command, a timeout, an interrupt) and returns it.</summary>
    public CellError Fail(CellError error)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                Add(new ErrorOutput(error.Name, error.Message, [.. error.Traceback]));
            }
        }

        return error;
    }

    /// <summary>
    /// Waits for the images of this cell's charts and puts each in its output (an update), with the font warning that
    /// came with it. An image that cannot be drawn fails the cell — in every mode, since the saved notebook would
    /// otherwise show no chart where it is read without a Plotly renderer (GitHub) — and the chart keeps its figure:
    /// the first such error is added to the outputs and returned.
    /// </summary>
    public async Task<CellError?> CompleteImagesAsync(CancellationToken ct)
    {
        (DisplayDataOutput Display, string Placeholder)[] pending;
        lock (_gate)
        {
            pending = [.. _pending];
            _pending.Clear();
        }

        CellError? first = null;
        foreach (var (display, placeholder) in pending)
        {
            DeferredImage? image = null;
            Exception? failure = null;
            try
            {
                image = await options.Deferred!.ResolveAsync(placeholder, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failure = e;
            }

            lock (_gate)
            {
                if (image is not null && display.Data.GetValueOrDefault(PngMimeType) == placeholder)
                {
                    // The PNG, and the chart HTML's fallback image that stood for it with the same placeholder.
                    Fill(display.Data, placeholder, image.Base64Png);
                    if (image.Warning is { } warning)
                    {
                        Stream("stderr", warning);
                    }

                    changed?.Invoke(new OutputChange(OutputChangeKind.Updated, display));
                }
                else if (failure is not null)
                {
                    display.Data.Remove(PngMimeType);
                    Fill(display.Data, placeholder, "");
                    var name = failure.GetType().Name;
                    var message = $"The chart's static image (PNG) could not be drawn: {failure.Message}";
                    var error = new CellError(name, message, [$"{name}: {message}"], null);
                    first ??= error;
                    Add(new ErrorOutput(error.Name, error.Message, [.. error.Traceback]));
                }
            }
        }

        return first;
    }

    /// <summary>Ignores whatever the cell still produces (it was abandoned, or the host moved on).</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
        }
    }

    /// <summary>
    /// The data a front end can show now: without the image still being drawn (a chart's HTML keeps its placeholder in
    /// the fallback image, which its script replaces with the drawn chart).
    /// </summary>
    public static SortedDictionary<string, string> Showable(SortedDictionary<string, string> data) =>
        data.TryGetValue(PngMimeType, out var png) && DeferredImages.IsPlaceholder(png)
            ? new SortedDictionary<string, string>(data.Where(p => p.Key != PngMimeType).ToDictionary(), StringComparer.Ordinal)
            : data;

    private static void Fill(SortedDictionary<string, string> data, string placeholder, string base64)
    {
        foreach (var mimeType in data.Keys.ToArray())
        {
            data[mimeType] = data[mimeType].Replace(placeholder, base64, StringComparison.Ordinal);
        }
    }

    private void AddDisplay(SortedDictionary<string, string> data, string? valueId)
    {
        if (data.Count == 0)
        {
            return;
        }

        var id = valueId ?? (PlaceholderIn(data) is null ? null : $"nr-chart-{Interlocked.Increment(ref _displayIds)}");
        var display = new DisplayDataOutput(data, id);
        if (id is not null)
        {
            options.Displays[id] = display;
        }

        Track(display);
        Add(display);
    }

    private void Track(DisplayDataOutput display)
    {
        if (PlaceholderIn(display.Data) is { } placeholder)
        {
            _pending.Add((display, placeholder));
        }
    }

    private void Add(NotebookOutput output)
    {
        _outputs.Add(output);
        changed?.Invoke(new OutputChange(OutputChangeKind.Added, output));
    }

    private void Stream(string name, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        text = options.Relativize(text);
        if (_outputs.Count > 0 && _outputs[^1] is StreamOutput last && last.Name == name)
        {
            last.Text += text;
            changed?.Invoke(new OutputChange(OutputChangeKind.Appended, last, text));
        }
        else
        {
            var output = new StreamOutput(name, text);
            _outputs.Add(output);
            changed?.Invoke(new OutputChange(OutputChangeKind.Added, output, text));
        }
    }

    private string? PlaceholderIn(SortedDictionary<string, string> data) =>
        options.Deferred is not null && data.TryGetValue(PngMimeType, out var value) && DeferredImages.IsPlaceholder(value) ? value : null;

    /// <summary>The plain-text pick of a stream event, written once for every mode.</summary>
    private static string PlainText(IReadOnlyCollection<FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? values.FirstOrDefault()?.Value ?? "";

    private SortedDictionary<string, string> Data(IReadOnlyCollection<FormattedValue> values, object? value)
    {
        var data = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var formatted in values)
        {
            if (formatted.MimeType is { Length: > 0 } mime && formatted.Value is not null)
            {
                data[mime] = formatted.Value;
            }
        }

        // Jupyter requires text/plain in every bundle (front ends without a richer renderer fall back to it).
        if (options.PlainTextAlways && data.Count > 0 && !data.ContainsKey(PlainTextFormatter.MimeType))
        {
            data[PlainTextFormatter.MimeType] = value is null ? "" : value.ToDisplayString(PlainTextFormatter.MimeType);
        }

        return data;
    }
}

/// <summary>How a host wants its outputs: shared display index, deferred images, path rewriting, text/plain.</summary>
internal sealed record CellOutputOptions
{
    /// <summary>Displays by id, across the cells of a notebook or a session, so a later update finds its output.</summary>
    public Dictionary<string, DisplayDataOutput> Displays { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Where deferred chart images are drawn; null when the kernel draws none in the background.</summary>
    public DeferredImages? Deferred { get; init; }

    public Func<string, string> Relativize { get; init; } = text => text;

    public bool PlainTextAlways { get; init; }
}

internal enum OutputChangeKind
{
    Added,

    /// <summary>Text appended to a stream output; <see cref="OutputChange.Text"/> is the new part.</summary>
    Appended,

    /// <summary>A display's data replaced (a display update, or its image drawn).</summary>
    Updated,
}

internal sealed record OutputChange(OutputChangeKind Kind, NotebookOutput Output, string? Text = null);
