using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Figures;
using Notebooks.Runtime.Figures;
using Notebooks.Runtime.Reproduce;
using Notebooks.Runtime.Files;

namespace Workspace;

/// <summary>Exports every catalog figure in Traditional Chinese and English to artifacts/figures, with a gallery.</summary>
public sealed class FigureCatalogStep : IReproduceStep
{
    public string Name => "figures";

    /// <summary>The catalog drawn for the default request: the values every notebook's parameters cell starts with.</summary>
    public static IReadOnlyList<ExportFigure> Figures(DataSet data)
    {
        var catalog = new FigureCatalog(data, FigureRequest.Defaults(data));
        return FigureCatalog.Definitions
            .SelectMany(d => new[] { Language.Chinese, Language.English }.Select(l => (d, f: catalog.Build(d.Id, l))))
            .Select(x => new ExportFigure(x.f.FileStem, x.f.Title, catalog.Caption(x.d.Id, x.f.Language), x.f.SourceLine,
                x.f.LanguageTag, x.f.ToJson(), HouseStyle.Width, FigureHeight(x.f))
            {
                AltText = x.f.AltText,
                Table = new FigureTable(FigureData.Columns, FigureData.Headings(x.f.Language), x.f.Data.Rows())
                {
                    PageRows = x.f.Data.ReadableRows(data, x.f.Language),
                },
            })
            .ToArray();
    }

    /// <summary>The gallery mixes both languages; its own language is the story's, Traditional Chinese.</summary>
    public const string GalleryLanguage = "zh-Hant";

    private static string InputsHash(IEnumerable<ExportFigure> figures, bool staticImages, bool standalone)
    {
        var text = string.Join("\n", figures.Select(f => $"{f.Stem}|{f.Width}x{f.Height}|{f.Title}|{f.Caption}|{f.SourceLine}|{f.FigureJson}|{f.AltText}|{f.Table.ToCsv()}|{string.Join(";", (f.Table.PageRows ?? []).SelectMany(r => r))}"))
                   + $"\nplotly.js {Notebooks.Runtime.Charts.PlotlyJs.Version}; static images {staticImages}; scale {FigureExporter.PngScale}"
                   + $"; pages share {FigureExporter.PlotlyJsFileName}; standalone {standalone}";
        return ContentHash.Of(text);
    }

    private static readonly string[] WithImages = ["html", "csv", "svg", "png", "pdf"];
    private static readonly string[] HtmlOnly = ["html", "csv"];

    private static bool AllWritten(IEnumerable<ExportFigure> figures, string directory, bool staticImages, bool standalone) =>
        File.Exists(Path.Combine(directory, "index.html"))
        && File.Exists(Path.Combine(directory, FigureExporter.PlotlyJsFileName))
        && figures.All(f => (staticImages ? WithImages : HtmlOnly).All(ext => File.Exists(Path.Combine(directory, $"{f.Stem}.{ext}")))
                            && (!standalone || File.Exists(Path.Combine(directory, f.Stem + FigureExporter.StandaloneSuffix))));

    private static int FigureHeight(Figure f) =>
        f.Chart is { } chart && Plotly.NET.GenericChart.getLayout(chart).TryGetTypedPropertyValue<int>("height") is { } h ? h.Value : HouseStyle.Height;

    public async Task<StepOutcome> RunAsync(ReproduceContext context, CancellationToken ct)
    {
        var data = DataSetLoader.Load(context.DataDirectory);
        var figures = Figures(data);
        var directory = Path.Combine(context.ArtifactsDirectory, "figures");
        // The figure JSON is a pure function of data and library, so its hash says whether the files are current;
        // skipping also spares the browser launch, which is most of a no-change run.
        var hashFile = Path.Combine(directory, ".inputs.sha256");
        var hash = InputsHash(figures, context.Images is not null, context.StandaloneFigures);
        if (!context.Force && File.Exists(hashFile) && await File.ReadAllTextAsync(hashFile, ct) == hash
            && AllWritten(figures, directory, context.Images is not null, context.StandaloneFigures))
            return new StepOutcome(true, $"{figures.Count} figures unchanged, not re-exported (--force re-exports)");
        var result = await FigureExporter.ExportAsync(figures, directory, context.Images, context.Progress, context.AllowFontFallback,
            context.StandaloneFigures, GalleryLanguage, context.FontSample, ct);
        // Images exported without their text are not current: the next run checks the fonts and exports them again.
        if (result.TextMissingFromImages) File.Delete(hashFile);
        else await ArtifactFiles.WriteTextAsync(hashFile, hash, ct);
        var rate = result.StaticImages && result.ImageTime.TotalSeconds > 0
            ? $", {result.Figures / result.ImageTime.TotalSeconds:0.0} figures/s (SVG+PNG+PDF) after the browser started"
            : "";
        return new StepOutcome(true, result.StaticImages
            ? $"{result.Figures} figures, {result.FilesWritten} files in artifacts/figures{rate}" +
              (result.TextMissingFromImages ? $"; WITHOUT some of their text ({result.Fonts!.MissingCharacters.Count} characters had no font)" : "")
            : $"{result.Figures} figures as HTML only: no browser for SVG/PNG ({Notebooks.Runtime.Charts.BrowserNotFoundException.InstallHint})");
    }
}
