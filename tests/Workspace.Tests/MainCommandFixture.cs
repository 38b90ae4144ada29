using System.Diagnostics;

namespace Workspace.Tests;

/// <summary>Runs the main command once (reproduce --force into a temporary artifacts folder) for all tests that read its output.</summary>
public sealed class MainCommandFixture : IDisposable
{
    public string Artifacts { get; } = Path.Combine(Path.GetTempPath(), "gz-reproduce-" + Guid.NewGuid().ToString("N"));
    public int ExitCode { get; }
    public string Output { get; }

    public MainCommandFixture() : this(new Dictionary<string, string>()) { }

    internal MainCommandFixture(IReadOnlyDictionary<string, string> environment, params string[] extraArguments)
    {
        var exe = Path.Combine(AppContext.BaseDirectory, "workspace.dll");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        foreach (var a in new[] { exe, "reproduce", "--force", "--artifacts", Artifacts }.Concat(extraArguments)) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("reproduce did not finish in 10 minutes");
        }
        ExitCode = process.ExitCode;
        Output = stdout.Result + stderr.Result;
    }

    public void Dispose()
    {
        try { Directory.Delete(Artifacts, recursive: true); } catch (IOException) { }
    }
}

/// <summary>One run of the main command shared by every test class that reads its artifacts.</summary>
[CollectionDefinition(Name)]
public sealed class MainCommandCollection : ICollectionFixture<MainCommandFixture>
{
    public const string Name = "main command";
}
