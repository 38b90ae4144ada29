using System.Diagnostics;

namespace Workspace.Tests;

/// <summary>The README's launcher (./workspace, workspace.cmd on Windows), which publishes the program editors start.</summary>
internal static class Launcher
{
    private static readonly Lock Gate = new();
    private static bool _published;

    public static string Path { get; } = System.IO.Path.Combine(RepositoryPaths.Root, OperatingSystem.IsWindows() ? "workspace.cmd" : "workspace");

    /// <summary>Runs the launcher once (it publishes only when src/ changed since its last publish) and fails with its output if it fails.</summary>
    public static void EnsurePublished()
    {
        lock (Gate)
        {
            if (_published) return;
            var psi = new ProcessStartInfo(Path) { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add("--help");
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{Path} --help did not finish in 10 minutes");
            }

            Assert.True(process.ExitCode == 0, $"{Path} --help exited {process.ExitCode}:\n{stdout.Result}{stderr.Result}");
            _published = true;
        }
    }
}
