using System.Text.Json.Nodes;

namespace Notebooks.Runtime.Tests;

/// <summary>
/// A runtime exception, a compile error and an infinite loop, followed by a good notebook. Runs the host as a child
/// process (as the workspace command does), so the abandoned infinite loop dies with that process.
/// </summary>
public sealed class FailureTests
{
    [Fact]
    public async Task Failing_cells_are_reported_and_the_other_notebooks_still_run()
    {
        using var repo = TestRepo.Create("failures");
        using var host = ChildHost.Start(repo.Root, "reproduce", "--cell-timeout", "10");
        var exit = await host.WaitForExitAsync(TimeSpan.FromMinutes(3));
        var (output, error) = (host.Output, "");

        Assert.True(exit == 1, $"exit {exit}\n{output}\n{error}");
        // The abandoned infinite loop ran on a thread of the host; with the host gone nothing of the run is left.
        Assert.Empty(await host.WaitForNoMarkedProcessesAsync(TimeSpan.FromSeconds(30)));
        Assert.True(output.Contains("FAILED 1-fail-runtime.ipynb cell 3: boom in cell three"), output + error);
        Assert.Contains("FAILED 2-fail-compile.ipynb cell 2, line 2: (2,9): error CS0103: The name 'undefinedName' does not exist", output);
        Assert.Contains("FAILED 3-hang.ipynb cell 2: timed out: Cell timed out after 10 s", output);
        Assert.Contains("[4/4] 4-ok-after.dib: succeeded", output);
        Assert.Contains("[3/4] 3-hang.ipynb cell 2/2 (#2) FAILED", output);

        var run = JsonNode.Parse(File.ReadAllText(Path.Combine(repo.Artifacts, "run.json")))!["notebooks"]!.AsArray();
        Assert.Equal(["failed", "failed", "timed-out", "succeeded"], run.Select(n => n!["status"]!.GetValue<string>()));
        Assert.Equal([3, 2, 2], run.Take(3).Select(n => n!["failure"]!["cellNumber"]!.GetValue<int>()));
        Assert.Equal(2, run[1]!["failure"]!["line"]!.GetValue<int>());
        Assert.True(run[2]!["failure"]!["timedOut"]!.GetValue<bool>());

        // The failing notebooks are still rendered, beside where a good run goes, with the error shown, and stay valid nbformat.
        Assert.Equal(["notebooks/1-fail-runtime.failed.ipynb", "notebooks/2-fail-compile.failed.ipynb", "notebooks/3-hang.failed.ipynb"],
            run.Take(3).Select(n => n!["failedRendering"]!.GetValue<string>()));
        Assert.False(File.Exists(Path.Combine(repo.Artifacts, "notebooks", "1-fail-runtime.ipynb")), "a failed run is not a good rendering");
        foreach (var name in new[] { "1-fail-runtime.failed", "2-fail-compile.failed", "3-hang.failed", "4-ok-after" })
        {
            var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(repo.Artifacts, "notebooks", name + ".ipynb")))!.AsObject();
            NbformatChecker.AssertValid(notebook);
        }

        var runtime = File.ReadAllText(Path.Combine(repo.Artifacts, "notebooks", "1-fail-runtime.failed.ipynb"));
        Assert.Contains("\"ename\": \"InvalidOperationException\"", runtime);
        Assert.DoesNotContain("never runs", File.ReadAllText(Path.Combine(repo.Artifacts, "notebooks", "1-fail-runtime.failed.html")).Replace("Console.WriteLine(&quot;never runs&quot;)", ""));
        var hangHtml = File.ReadAllText(Path.Combine(repo.Artifacts, "notebooks", "3-hang.failed.html"));
        Assert.Contains("class=\"nr-error\"", hangHtml);
        Assert.Contains("looping", hangHtml);
        Assert.Contains("dib ok 42", File.ReadAllText(Path.Combine(repo.Artifacts, "notebooks", "4-ok-after.ipynb")));
    }

    [Fact]
    public async Task Only_is_repeatable_runs_the_named_notebooks_in_folder_order_and_names_an_unknown_one()
    {
        using var repo = TestRepo.Create("failures");
        var (exit, output, error) = await TestRepo.RunHostAsync(repo.Root, TimeSpan.FromMinutes(3),
            "reproduce", "--notebooks-only", "--only", "4-ok-after", "--only", "2-fail-compile.ipynb");
        Assert.True(exit == 1, $"exit {exit}\n{output}\n{error}");
        Assert.Contains("[1/2] 2-fail-compile.ipynb: failed", output);
        Assert.Contains("[2/2] 4-ok-after.dib: succeeded", output);
        Assert.DoesNotContain("1-fail-runtime", output);
        Assert.False(File.Exists(Path.Combine(repo.Artifacts, "notebooks", "1-fail-runtime.ipynb")));

        (exit, output, error) = await TestRepo.RunHostAsync(repo.Root, TimeSpan.FromMinutes(1),
            "reproduce", "--notebooks-only", "--only", "4-ok-after", "--only", "5-missing");
        Assert.True(exit == 2, $"exit {exit}\n{output}\n{error}");
        Assert.Contains("--only 5-missing: no such notebook under notebooks/ (have: 1-fail-runtime.ipynb, 2-fail-compile.ipynb, 3-hang.ipynb, 4-ok-after.dib)", error);
    }
}
