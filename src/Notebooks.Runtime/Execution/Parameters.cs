using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Notebooks.Runtime.Execution;

/// <summary>Papermill-style parameters for C# notebooks.</summary>
internal static partial class Parameters
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    /// <summary>A variable declared in the parameters cell: its declared type ("var", "int", ...) and initializer.</summary>
    public sealed record Declaration(string Name, string Type, string Initializer);

    public static NotebookCell? FindParametersCell(NotebookDocument document) =>
        document.Cells.FirstOrDefault(c => c.CellType == NotebookCell.Code && c.Tags.Contains(ParametersTag));

    public static IReadOnlyList<Declaration> Declarations(string source) =>
        DeclarationPattern().Matches(source)
            .Select(m => new Declaration(m.Groups["name"].Value, m.Groups["type"].Value, m.Groups["init"].Value.Trim()))
            .ToArray();

    /// <summary>
    /// Inserts the injected-parameters cell after the parameters cell (when there are values) and returns, for each
    /// cell, its 1-based number in the source notebook (the injected cell gets the parameters cell's number).
    /// </summary>
    public static Dictionary<NotebookCell, int> Inject(NotebookDocument document, IReadOnlyDictionary<string, string> values)
    {
        document.Cells.RemoveAll(c => c.Tags.Contains(InjectedTag));
        var numbers = new Dictionary<NotebookCell, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < document.Cells.Count; i++)
        {
            numbers[document.Cells[i]] = i + 1;
        }

        if (values.Count == 0 || FindParametersCell(document) is not { } parametersCell)
        {
            return numbers;
        }

        var declarations = Declarations(parametersCell.Source).ToDictionary(d => d.Name, StringComparer.Ordinal);
        var source = new StringBuilder("// Parameters injected by the headless run\n");
        foreach (var (name, value) in values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            declarations.TryGetValue(name, out var declaration);
            source.Append(Declare(name, value, declaration)).Append('\n');
        }

        var injected = new NotebookCell
        {
            CellType = NotebookCell.Code,
            Id = "injected-parameters",
            Source = source.ToString().TrimEnd('\n'),
            KernelName = parametersCell.KernelName,
            Metadata = new JsonObject
            {
                ["dotnet_interactive"] = new JsonObject { ["language"] = parametersCell.KernelName ?? "csharp" },
                ["polyglot_notebook"] = new JsonObject { ["kernelName"] = parametersCell.KernelName ?? "csharp" },
                ["tags"] = new JsonArray(InjectedTag),
            },
        };
        document.Cells.Insert(document.Cells.IndexOf(parametersCell) + 1, injected);
        numbers[injected] = numbers[parametersCell];
        return numbers;
    }

    /// <summary>A C# declaration of <paramref name="name"/> with the value as a literal of the declared type.</summary>
    public static string Declare(string name, string value, Declaration? declaration)
    {
        var type = declaration?.Type ?? "var";
        var init = declaration?.Initializer ?? "";
        var declaredString = type is "string" or "string?" || (type == "var" && (init.StartsWith('"') || init.StartsWith("@\"", StringComparison.Ordinal) || init.StartsWith("$\"", StringComparison.Ordinal)));
        if (declaredString)
        {
            return $"{type} {name} = {StringLiteral(value)};";
        }

        var trimmed = value.Trim();
        if (trimmed is "true" or "false" or "True" or "False")
        {
            return $"{type} {name} = {trimmed.ToLowerInvariant()};";
        }

        if (NumberPattern().IsMatch(trimmed))
        {
            var literal = trimmed;
            var baseType = type.TrimEnd('?');
            if (baseType == "decimal" || (baseType == "var" && init.EndsWith('m')))
            {
                literal += "m";
            }
            else if (baseType == "float" || (baseType == "var" && init.EndsWith('f')))
            {
                literal += "f";
            }
            else if (baseType == "var" && init.Contains('.') && !literal.Contains('.') && !literal.Contains('e') && !literal.Contains('E'))
            {
                literal += ".0";
            }
            else if (baseType == "long" || (baseType == "var" && init.EndsWith('L')))
            {
                literal += "L";
            }

            return $"{type} {name} = {literal};";
        }

        return $"{type} {name} = {StringLiteral(value)};";
    }

    public static string StringLiteral(string value)
    {
        var literal = new StringBuilder("\"");
        foreach (var c in value)
        {
            literal.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return literal.Append('"').ToString();
    }

    /// <summary>Parses "name=value" command-line pairs.</summary>
    public static KeyValuePair<string, string> ParsePair(string text)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0)
        {
            throw new FormatException($"--param expects name=value, got '{text}'.");
        }

        var name = text[..equals].Trim();
        if (!IdentifierPattern().IsMatch(name))
        {
            throw new FormatException($"--param name '{name}' is not a C# identifier.");
        }

        return new(name, text[(equals + 1)..]);
    }

    [GeneratedRegex(@"^[ \t]*(?:(?:const|static|readonly)\s+)*(?<type>var|[A-Za-z_][\w.]*(?:<[^=;]*?>)?(?:\[\])?\??)\s+(?<name>[A-Za-z_]\w*)\s*=\s*(?<init>[^;]*);", RegexOptions.Multiline)]
    private static partial Regex DeclarationPattern();

    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[A-Za-z_]\w*$")]
    private static partial Regex IdentifierPattern();
}
