using System.Diagnostics;
using System.Text;

namespace Notebooks.Runtime.Tests;

/// <summary>A throw-away repository: global.json, data/, notebooks/ copied from the test notebooks.</summary>
internal sealed class TestRepo : IDisposable
{
    public string Root { get; }

    public string Notebooks => Path.Combine(Root, "notebooks");

    public string Artifacts => Path.Combine(Root, "artifacts");

    private TestRepo(string root) => Root = root;

    /// <summary>A forced in-process run of this repository's notebooks, drawing charts with <paramref name="images"/>.</summary>
    public Task<Reproduce.ReproduceResult> RunForcedAsync(Charts.IChartImageRenderer images, TextWriter log, params Reproduce.IReproduceStep[] steps) =>
        Reproduce.ReproduceRunner.RunAsync(new Reproduce.ReproduceOptions
        {
            RepositoryRoot = Root,
            // As a workspace's composition root would: its data folder and the script its font check draws.
            DataDirectory = "data",
            FontSample = "繁體中文圖表數據來源",
            Force = true,
            Log = log,
            CellTimeout = TimeSpan.FromSeconds(60),
            ImagesFactory = () => images,
            ExtraSteps = steps,
        });

    public static TestRepo Create(string notebookSet)
    {
        var root = Directory.CreateTempSubdirectory("nr-repo-").FullName;
        File.WriteAllText(Path.Combine(root, "global.json"), "{}\n");
        Directory.CreateDirectory(Path.Combine(root, "data"));
        File.WriteAllText(Path.Combine(root, "data", "values.csv"), "year,value\n2024,31032.5\n");
        var notebooks = Path.Combine(root, "notebooks");
        Directory.CreateDirectory(notebooks);
        var bin = Path.GetRelativePath(notebooks, AppContext.BaseDirectory).Replace('\\', '/').TrimEnd('/');
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "notebooks", notebookSet)))
        {
            var text = File.ReadAllText(file).Replace("{{BIN}}", bin, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(notebooks, Path.GetFileName(file)), text);
        }

        return new TestRepo(root);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static string TestAssembly => typeof(TestRepo).Assembly.Location;

    /// <summary>Runs `dotnet Notebooks.Runtime.Tests.dll args` in <paramref name="workingDirectory"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunHostAsync(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(TestAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"host did not finish within {timeout}: {await output}\n{await error}");
        }

        return (process.ExitCode, await output, await error);
    }
}
