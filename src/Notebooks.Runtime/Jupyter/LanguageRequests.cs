using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace Notebooks.Runtime.Jupyter;

/// <summary>complete_request, inspect_request and is_complete_request answered by the C# kernel's language services.</summary>
internal static class LanguageRequests
{
    public static async Task<JsonObject> CompleteAsync(Microsoft.DotNet.Interactive.Kernel kernel, string code, int cursorCodePoints)
    {
        var cursor = CodePoints.ToUtf16Index(code, cursorCodePoints);
        var (line, character) = CodePoints.LineAndCharacter(code, cursor);
        var result = await kernel.SendAsync(new RequestCompletions(code, new LinePosition(line, character)));
        var produced = result.Events.OfType<CompletionsProduced>().FirstOrDefault();
        var start = cursor;
        var end = cursor;
        if (produced?.LinePositionSpan is { } span)
        {
            start = CodePoints.IndexOf(code, span.Start.Line, span.Start.Character);
            end = CodePoints.IndexOf(code, span.End.Line, span.End.Character);
        }
        else
        {
            // Without a span, replace the identifier the cursor is in.
            while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_'))
            {
                start--;
            }
        }

        // Jupyter's matches are the completions of what was typed, not every member in scope.
        var typed = code[start..cursor];
        var items = (produced?.Completions ?? [])
            .Where(i => MatchText(i).StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(MatchText)
            .ToList();
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(MatchText(i))).ToArray()),
            ["cursor_start"] = CodePoints.FromUtf16Index(code, start),
            ["cursor_end"] = CodePoints.FromUtf16Index(code, end),
            ["metadata"] = new JsonObject
            {
                ["_jupyter_types_experimental"] = new JsonArray(items.Select(i => (JsonNode?)new JsonObject
                {
                    ["text"] = MatchText(i),
                    ["type"] = i.Kind.ToLowerInvariant(),
                    ["start"] = CodePoints.FromUtf16Index(code, start),
                    ["end"] = CodePoints.FromUtf16Index(code, end),
                }).ToArray()),
            },
        };
    }

    public static async Task<JsonObject> InspectAsync(Microsoft.DotNet.Interactive.Kernel kernel, string code, int cursorCodePoints)
    {
        var cursor = CodePoints.ToUtf16Index(code, cursorCodePoints);
        // Front ends send the cursor just after the name; hover asks about the character under it.
        var at = cursor > 0 && (cursor == code.Length || !char.IsLetterOrDigit(code[cursor])) ? cursor - 1 : cursor;
        var (line, character) = CodePoints.LineAndCharacter(code, at);
        var result = await kernel.SendAsync(new RequestHoverText(code, new LinePosition(line, character)));
        var hover = result.Events.OfType<HoverTextProduced>().FirstOrDefault();
        var data = new JsonObject();
        if (hover is not null)
        {
            foreach (var value in hover.Content)
            {
                data[value.MimeType] = value.Value;
            }

            if (!data.ContainsKey("text/plain"))
            {
                data["text/plain"] = hover.Content.First().Value;
            }
        }

        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = hover is not null,
            ["data"] = data,
            ["metadata"] = new JsonObject(),
        };
    }

    // Jupyter front ends insert matches as plain text; the kernel's snippets ("WriteLine($1)") would insert "$1".
    private static string MatchText(CompletionItem item) =>
        item.InsertTextFormat == InsertTextFormat.Snippet || item.InsertText.Contains('$', StringComparison.Ordinal)
            ? item.DisplayText
            : item.InsertText;

    /// <summary>
    /// complete, incomplete (the console should read another line) or invalid, judged by the C# script parser;
    /// directives such as #r and #!magic are complete lines of their own.
    /// </summary>
    public static JsonObject IsComplete(string code)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script);
        var tree = CSharpSyntaxTree.ParseText(code, options);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
        {
            return new JsonObject { ["status"] = "incomplete", ["indent"] = "    " };
        }

        var invalid = tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error && !IsDirective(d));
        return new JsonObject { ["status"] = invalid ? "invalid" : "complete" };
    }

    private static bool IsDirective(Microsoft.CodeAnalysis.Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree?.GetText().Lines.GetLineFromPosition(diagnostic.Location.SourceSpan.Start).ToString().TrimStart().StartsWith('#') == true;
}
