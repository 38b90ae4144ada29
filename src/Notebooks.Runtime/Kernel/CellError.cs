using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.DotNet.Interactive.Events;

namespace Notebooks.Runtime.Kernel;

/// <summary>A failed cell described once for every front end: compile errors with their positions, or the exception.</summary>
internal sealed partial record CellError(string Name, string Message, IReadOnlyList<string> Traceback, int? Line)
{
    public static CellError From(CommandFailed failed, IEnumerable<DiagnosticsProduced> diagnostics, Func<string, string>? relativize = null)
    {
        relativize ??= text => text;
        var errors = diagnostics.SelectMany(d => d.Diagnostics)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();
        if (errors.Count > 0)
        {
            var lines = errors.Select(d => $"({d.LinePositionSpan.Start.Line + 1},{d.LinePositionSpan.Start.Character + 1}): error {d.Code}: {d.Message}").ToArray();
            return new CellError("CompilationError", string.Join("\n", lines), lines, errors[0].LinePositionSpan.Start.Line + 1);
        }

        var exception = failed.Exception;
        var name = exception?.GetType().Name ?? "Error";
        var value = relativize(exception?.Message ?? failed.Message);
        var trace = relativize(exception?.ToString() ?? failed.Message);
        var line = LineFromMessage(failed.Message) ?? (exception is null ? null : LineFromStackTrace(exception));
        return new CellError(name, value, trace.Split('\n').Select(l => l.TrimEnd('\r')).ToArray(), line);
    }

    private static int? LineFromStackTrace(Exception exception)
    {
        var match = SubmissionLine().Match(exception.ToString());
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static int? LineFromMessage(string message)
    {
        var match = MessageLine().Match(message);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"Submission#\d+[^\n]*:line (\d+)")]
    private static partial Regex SubmissionLine();

    [GeneratedRegex(@"\((\d+),\d+\): error")]
    private static partial Regex MessageLine();
}
