using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Figures;
using Notebooks.Runtime.Figures;
using Notebooks.Runtime.Reproduce;

namespace Workspace;

/// <summary>Exports every catalog figure in Traditional Chinese and English to artifacts/figures, with a gallery.</summary>
public sealed class FigureCatalogStep : IReproduceStep
{
    public string Name => "figures";

    public static IReadOnlyList<ExportFigure> Figures(DataSet data)
    {
        var catalog = new FigureCatalog(data);
        return FigureCatalog.Definitions
            .SelectMany(d => new[] { Language.Chinese, Language.English }.Select(l => (d, f: catalog.Build(d.Id, l))))
            .Select(x => new ExportFigure(x.f.FileStem, x.f.Title, x.d.Caption.In(x.f.Language), x.f.SourceLine,
                x.f.Language == Language.Chinese ? "zh-Hant" : "en", x.f.ToJson(), HouseStyle.Width, FigureHeight(x.f)))
            .ToArray();
    }

    private static int FigureHeight(Figure f) =>
        f.Chart is { } chart && Plotly.NET.GenericChart.getLayout(chart).TryGetTypedPropertyValue<int>("height") is { } h ? h.Value : HouseStyle.Height;

    public async Task<StepOutcome> RunAsync(ReproduceContext context, CancellationToken ct)
    {
        var data = DataSetLoader.Load(Path.Combine(context.RepositoryRoot, "data"));
        var figures = Figures(data);
        var result = await FigureExporter.ExportAsync(figures, Path.Combine(context.ArtifactsDirectory, "figures"), context.Images, context.Log, ct);
        var rate = result.StaticImages && result.ImageTime.TotalSeconds > 0
            ? $", {result.Figures / result.ImageTime.TotalSeconds:0.0} figures/s (SVG+PNG) after the browser started"
            : "";
        return new StepOutcome(true, result.StaticImages
            ? $"{result.Figures} figures, {result.FilesWritten} files in artifacts/figures{rate}"
            : $"{result.Figures} figures as HTML only: no browser for SVG/PNG (Debian: apt-get install chromium fonts-noto-cjk)");
    }
}
