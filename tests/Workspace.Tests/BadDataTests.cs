using System.Diagnostics;

namespace Workspace.Tests;

/// <summary>The main command validates data/ once, before any notebook: one error, exit 1, nothing started or written.</summary>
public sealed class BadDataTests
{
    [Fact]
    public async Task A_bad_data_cell_is_reported_once_and_no_notebook_starts()
    {
        var root = Directory.CreateTempSubdirectory("gz-bad-data-").FullName;
        try
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, "global.json"), Path.Combine(root, "global.json"));
            CopyDirectory(RepositoryPaths.Data, Path.Combine(root, "data"));
            CopyDirectory(Path.Combine(RepositoryPaths.Root, "notebooks"), Path.Combine(root, "notebooks"));
            var fiscal = Path.Combine(root, "data", "fiscal.csv");
            var lines = File.ReadAllLines(fiscal);
            var fields = lines[3].Split(',');
            fields[3] = "6x46"; // line 4, column 4 (value)
            lines[3] = string.Join(',', fields);
            File.WriteAllLines(fiscal, lines);

            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "workspace.dll"), "reproduce", "--force" }) psi.ArgumentList.Add(a);
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5)))
            {
                await process.WaitForExitAsync(timeout.Token);
            }

            var (output, error) = (await stdout, await stderr);

            Assert.True(process.ExitCode == 1, $"exit {process.ExitCode}\n{output}\n{error}");
            Assert.Equal(
                "error: data/fiscal.csv:4:4 (value): '6x46' is not a number (write digits with a '.' decimal point, no thousands separators or units). No notebook was started; fix the file and run again.\n",
                error.ReplaceLineEndings("\n"));
            Assert.DoesNotContain("running", output);
            Assert.False(Directory.Exists(Path.Combine(root, "artifacts")), "nothing is written when the data is bad");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
