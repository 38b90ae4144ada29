using Guangzhou.Analysis.Data;

namespace Guangzhou.Analysis.Figures;

/// <summary>A catalog entry: a stable id (used for file names and in notebooks) and the builder that draws it from the data.</summary>
public sealed record FigureDefinition(string Id, Bilingual Caption, Func<DataSet, Language, Figure> Build);

/// <summary>
/// Every figure of the analysis, by stable id. Notebooks display <see cref="Build"/>'s result and the exporter writes the
/// same objects, so an exported SVG is the figure the notebook showed.
/// </summary>
public sealed class FigureCatalog(DataSet data)
{
    public static IReadOnlyList<FigureDefinition> Definitions { get; } = CatalogFigures.All;

    public IEnumerable<string> Ids => Definitions.Select(d => d.Id);

    public Figure Build(string id, Language language = Language.Chinese)
    {
        var definition = Definitions.FirstOrDefault(d => d.Id == id)
            ?? throw new KeyNotFoundException($"No figure '{id}' in the catalog; known ids: {string.Join(", ", Definitions.Select(d => d.Id))}.");
        return definition.Build(data, language);
    }

    public IEnumerable<Figure> All(Language language) => Definitions.Select(d => d.Build(data, language));
}
