using System.Diagnostics;

namespace Workspace.Tests;

/// <summary>A reader changes an analysis notebook's parameters from the command line, as papermill does.</summary>
public sealed class NotebookParametersTests
{
    [Fact]
    public async Task Param_overrides_the_city_pair_of_the_gdp_race()
    {
        var artifacts = Directory.CreateTempSubdirectory("gz-params-").FullName;
        try
        {
            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "workspace.dll"), "reproduce", "--force", "--notebooks-only",
                         "--only", "01-gdp-race", "--param", "challenger=shenzhen", "--param", "incumbent=beijing", "--artifacts", artifacts })
                psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEndAsync();
            var error = p.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await p.WaitForExitAsync(timeout.Token);
            Assert.True(p.ExitCode == 0, await output + await error);
            var ipynb = File.ReadAllText(Path.Combine(artifacts, "notebooks", "01-gdp-race.ipynb"));
            Assert.Contains("injected-parameters", ipynb);
            // Shenzhen never passes Beijing in the data: no lead change, and the summary says so.
            Assert.Contains("The lead never changed hands in the data.", ipynb, StringComparison.Ordinal);
            Assert.Contains("First pass: none in the data.", ipynb, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }
}
