using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Guangzhou.Analysis.Data;
using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Cli;
using Workspace;

// Benchmarks of the workspace on this machine. Each prints what it measured; nothing asserts a time.
// Run from the repository root after the main command has built artifacts/bin:  dotnet run --project tests/Benchmarks
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var root = WorkspaceCli.FindRepositoryRoot(Environment.CurrentDirectory) ?? throw new InvalidOperationException("Run inside the repository.");
var workspaceDll = Path.Combine(root, "artifacts", "bin", "Workspace", "debug", "workspace.dll");
if (!File.Exists(workspaceDll)) throw new FileNotFoundException("Build the workspace first: dotnet run --project src/Workspace -- reproduce", workspaceDll);
var scratch = Directory.CreateTempSubdirectory("gz-bench-").FullName;
var notebooks = Directory.GetFiles(Path.Combine(root, "notebooks"), "*.ipynb").Select(f => Path.GetFileNameWithoutExtension(f)).Order().ToArray();

TimeSpan Run(params string[] args)
{
    var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
    psi.ArgumentList.Add(workspaceDll);
    foreach (var a in args) psi.ArgumentList.Add(a);
    var watch = Stopwatch.StartNew();
    using var p = Process.Start(psi)!;
    p.StandardOutput.ReadToEnd();
    p.StandardError.ReadToEnd();
    p.WaitForExit();
    if (p.ExitCode != 0) throw new InvalidOperationException($"workspace {string.Join(' ', args)} exited {p.ExitCode}");
    return watch.Elapsed;
}

Console.WriteLine($"Benchmarks on {Environment.ProcessorCount} cores, {notebooks.Length} notebooks, {FigureCatalogStep.Figures(DataSetLoader.Load(Path.Combine(root, "data"))).Count} figure files per format");

// 1. Reproduction: the whole run in one process against one process per notebook (how the stock tooling runs them:
//    `dotnet repl`/`dotnet-interactive` start a process and a kernel for each notebook). The stock kernel itself cannot
//    run these notebooks (FSharp.Core 10.0 against Plotly.NET 6's 10.1), so the per-notebook processes use this runtime.
var artifacts = Path.Combine(scratch, "artifacts");
Run("reproduce", "--force", "--artifacts", artifacts); // warm the caches (NuGet, disk, JIT of the SDK)
var whole = Run("reproduce", "--force", "--artifacts", artifacts);
var oneByOne = TimeSpan.Zero;
var notebooksOnly = Run("reproduce", "--force", "--notebooks-only", "--artifacts", artifacts);
foreach (var n in notebooks) oneByOne += Run("reproduce", "--force", "--notebooks-only", "--only", n, "--artifacts", Path.Combine(scratch, "single"));
var unchanged = Run("reproduce", "--artifacts", artifacts);
Console.WriteLine($"reproduce, all notebooks, one process, warm:          {whole.TotalSeconds,7:0.00} s (includes figure export and claims)");
Console.WriteLine($"notebooks only, one process, warm:                   {notebooksOnly.TotalSeconds,7:0.00} s");
Console.WriteLine($"notebooks only, one process per notebook (sum):      {oneByOne.TotalSeconds,7:0.00} s (each pays process, kernel and browser start)");
Console.WriteLine($"reproduce, nothing changed (notebooks skipped):      {unchanged.TotalSeconds,7:0.00} s");
// The stock tooling itself, when given: STOCK_REPL=/path/to/dotnet-repl (dotnet tool install dotnet-repl --version 0.3.259).
// It runs these notebooks without charts (it renders the chart objects as property tables), one process per notebook.
if (Environment.GetEnvironmentVariable("STOCK_REPL") is { Length: > 0 } stockRepl && File.Exists(stockRepl))
{
    var stock = TimeSpan.Zero;
    foreach (var n in notebooks)
    {
        var psi = new ProcessStartInfo(stockRepl) { WorkingDirectory = Path.Combine(root, "notebooks"), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--run", n + ".ipynb", "--exit-after-run", "--output-format", "ipynb", "--output-path", Path.Combine(scratch, n + ".stock.ipynb") })
            psi.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        stock += watch.Elapsed;
    }
    Console.WriteLine($"stock dotnet-repl, one process per notebook (sum):   {stock.TotalSeconds,7:0.00} s (no charts: they print as property tables)");
}
else
{
    Console.WriteLine("stock dotnet-repl: not measured (set STOCK_REPL to the dotnet-repl executable to include it)");
}
var runJson = JsonNode.Parse(File.ReadAllText(Path.Combine(artifacts, "run.json")))!;
foreach (var step in runJson["steps"]!.AsArray()) Console.WriteLine($"  step {step!["name"]}: {step["summary"]}");

// 2. Figures: one browser, plotly.js loaded once, then SVG and PNG per figure.
var figures = FigureCatalogStep.Figures(DataSetLoader.Load(Path.Combine(root, "data")));
var launch = Stopwatch.StartNew();
await using (var renderer = await ChromiumChartRenderer.LaunchAsync(ChromiumLocator.Find()))
{
    launch.Stop();
    var svgTime = Stopwatch.StartNew();
    foreach (var f in figures) await renderer.RenderSvgAsync(f.FigureJson, f.Width, f.Height);
    svgTime.Stop();
    var pngTime = Stopwatch.StartNew();
    foreach (var f in figures) await renderer.RenderPngAsync(f.FigureJson, f.Width, f.Height, 2);
    pngTime.Stop();
    Console.WriteLine($"figures: browser launch and plotly.js page     {launch.Elapsed.TotalSeconds,7:0.00} s");
    Console.WriteLine($"figures: SVG                                    {figures.Count / svgTime.Elapsed.TotalSeconds,7:0.0} figures/s");
    Console.WriteLine($"figures: PNG at scale 2                         {figures.Count / pngTime.Elapsed.TotalSeconds,7:0.0} figures/s");
}

// 3. The VS Code kernel: start-up to the first answered command, as .vscode/settings.json launches it.
for (var i = 0; i < 3; i++)
{
    var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.Combine(root, "notebooks"), RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in new[] { workspaceDll, "stdio", "--working-dir", Path.Combine(root, "notebooks") }) psi.ArgumentList.Add(a);
    var watch = Stopwatch.StartNew();
    using var p = Process.Start(psi)!;
    _ = p.StandardError.ReadToEndAsync();
    string? line;
    while ((line = p.StandardOutput.ReadLine()) is not null && !line.Contains("\"KernelReady\"", StringComparison.Ordinal)) { }
    var ready = watch.Elapsed;
    p.StandardInput.WriteLine("""{"commandType":"SubmitCode","command":{"code":"1+1","targetKernelName":"csharp"},"token":"bench"}""");
    p.StandardInput.Flush();
    while ((line = p.StandardOutput.ReadLine()) is not null && !(line.Contains("\"CommandSucceeded\"", StringComparison.Ordinal) && line.Contains("\"bench\"", StringComparison.Ordinal))) { }
    var answered = watch.Elapsed;
    p.StandardInput.WriteLine("""{"commandType":"Quit","command":{},"token":"quit"}""");
    p.StandardInput.Flush();
    p.WaitForExit(30_000);
    Console.WriteLine($"stdio kernel run {i + 1}: KernelReady {ready.TotalSeconds:0.00} s, first C# cell answered {answered.TotalSeconds:0.00} s");
}

Directory.Delete(scratch, recursive: true);
