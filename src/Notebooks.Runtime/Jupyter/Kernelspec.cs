using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// A kernelspec (kernels/&lt;name&gt;/kernel.json): how a Jupyter front end starts this kernel. Interrupts are
/// messages, not signals, so they work the same on Windows and reach the running cell's cancellation token.
/// </summary>
internal sealed record Kernelspec(string Name, string DisplayName, IReadOnlyList<string> Argv)
{
    public string ToJson()
    {
        var json = new JsonObject
        {
            ["argv"] = new JsonArray(Argv.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
            ["display_name"] = DisplayName,
            ["language"] = KernelIdentity.Language,
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>
    /// The command that starts this very build of the workspace in Jupyter mode: the dotnet host and the
    /// entry assembly when run through dotnet, else the app host itself. Paths are absolute, so the spec works from
    /// any notebook folder.
    /// </summary>
    public static IReadOnlyList<string> CurrentProcessArguments(params string[] arguments)
    {
        var processPath = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        var host = Path.GetFileNameWithoutExtension(processPath);
        var prefix = string.Equals(host, "dotnet", StringComparison.OrdinalIgnoreCase)
            ? new[] { processPath, System.Reflection.Assembly.GetEntryAssembly()?.Location ?? throw new InvalidOperationException("No entry assembly.") }
            : new[] { processPath };
        return prefix.Concat(arguments).ToArray();
    }

    /// <summary>Writes &lt;kernelsDirectory&gt;/&lt;name&gt;/kernel.json atomically; returns the spec's folder.</summary>
    public string WriteTo(string kernelsDirectory)
    {
        var folder = Path.Combine(kernelsDirectory, Name);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "kernel.json");
        var temporary = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temporary, ToJson(), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
        return folder;
    }
}
