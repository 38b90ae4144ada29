using System.Text.Json.Nodes;
using Notebooks.Runtime.Charts;
using Workspace.Testing;

namespace Notebooks.Runtime.Tests;

/// <summary>
/// Signals, a killed kernel, a held lock and unwritable output, each on a real child process. Timeouts are generous;
/// the tests assert what happens, not how fast.
/// </summary>
public sealed class FaultInjectionTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);

    [Theory]
    [InlineData(ChildHost.SigInt, 130)]
    [InlineData(ChildHost.SigTerm, 143)]
    public async Task A_signal_during_reproduce_cancels_the_cell_keeps_finished_artifacts_and_records_a_cancelled_run(int signal, int expectedExit)
    {
        using var repo = TestRepo.Create("interrupt");
        using var host = ChildHost.Start(repo.Root, "reproduce", "--notebooks-only");
        await host.WaitForOutputAsync("[2/2] 2-slow.dib cell 1/2 (#1) ok", Generous);
        await Task.Delay(500); // inside the cell that ignores cancellation
        host.Signal(signal);
        var exit = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exit == expectedExit, $"exit {exit}\n{host.Output}");
        Assert.Contains("stopping — the running cell is cancelled and the browser closed.", host.Output);
        var run = JsonNode.Parse(File.ReadAllText(Path.Combine(repo.Artifacts, "run.json")))!;
        Assert.Equal("cancelled", run["outcome"]!.GetValue<string>());
        Assert.False(run["succeeded"]!.GetValue<bool>());
        Assert.Equal(["succeeded", "cancelled"], run["notebooks"]!.AsArray().Select(n => n!["status"]!.GetValue<string>()));
        Assert.Contains("quick 42", File.ReadAllText(Path.Combine(repo.Artifacts, "notebooks", "1-quick.ipynb")));
        Assert.False(File.Exists(Path.Combine(repo.Artifacts, "notebooks", "2-slow.ipynb")), "the interrupted notebook is not written");
        Assert.Empty(Directory.GetFiles(repo.Artifacts, "*.tmp-*", SearchOption.AllDirectories));
        Assert.Empty(await host.WaitForNoMarkedProcessesAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task After_ctrl_c_the_summary_calls_notebooks_not_reached_not_run_instead_of_their_old_status()
    {
        using var repo = TestRepo.Create("interrupt");
        File.WriteAllText(Path.Combine(repo.Notebooks, "3-after.dib"), "#!csharp\n\nthrow new InvalidOperationException(\"an earlier failure\");\n");
        var (exit, output, error) = await TestRepo.RunHostAsync(repo.Root, Generous, "reproduce", "--notebooks-only", "--only", "3-after");
        Assert.True(exit == 1, $"exit {exit}\n{output}\n{error}");
        Assert.Contains("FAILED 3-after.dib", output);

        using var host = ChildHost.Start(repo.Root, "reproduce", "--notebooks-only");
        await host.WaitForOutputAsync("[2/3] 2-slow.dib cell 1/2 (#1) ok", Generous);
        await Task.Delay(500);
        host.Signal(ChildHost.SigInt);
        exit = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exit == 130, $"exit {exit}\n{host.Output}");
        var summary = host.Output[host.Output.LastIndexOf("Durations:", StringComparison.Ordinal)..];
        Assert.Matches(@"3-after\.dib +not run +-", summary);
        Assert.DoesNotContain("FAILED", summary);
        Assert.DoesNotContain("an earlier failure", summary);
        var run = JsonNode.Parse(File.ReadAllText(Path.Combine(repo.Artifacts, "run.json")))!;
        var notebooks = run["notebooks"]!.AsArray();
        Assert.Equal(["succeeded", "cancelled", "not-run"], notebooks.Select(n => n!["status"]!.GetValue<string>()));
        // What the earlier run left in notebooks/ is still described, under "kept".
        Assert.Equal("failed", notebooks[2]!["kept"]!["status"]!.GetValue<string>());
        Assert.Contains("this run did not reach it; the rendering is an earlier run&#39;s (failed)", File.ReadAllText(Path.Combine(repo.Artifacts, "index.html")));
    }

    [Fact]
    public async Task A_second_ctrl_c_exits_at_once()
    {
        using var repo = TestRepo.Create("interrupt");
        File.Delete(Path.Combine(repo.Notebooks, "2-slow.dib"));
        // A step that ignores cancellation: the first Ctrl-C cannot end the run, the second must.
        using var host = ChildHost.Start(repo.Root, redirectInput: false,
            new Dictionary<string, string> { [Program.StubbornStepVariable] = "1" }, "reproduce");
        await host.WaitForOutputAsync("[step] stubborn: running", Generous);
        host.Signal(ChildHost.SigInt);
        await host.WaitForOutputAsync("Press Ctrl-C again to exit at once.", TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(host.Process.HasExited, host.Output);
        host.Signal(ChildHost.SigInt);
        var exit = await host.WaitForExitAsync(TimeSpan.FromSeconds(30));
        Assert.True(exit == 130, $"exit {exit}\n{host.Output}");
        Assert.Contains("Ctrl-C again: exiting now.", host.Output);
    }

    [BrowserFact]
    public async Task A_sigkilled_stdio_kernel_leaves_no_chromium_and_no_profile()
    {
        var workingDir = Directory.CreateTempSubdirectory("nr-stdio-kill-").FullName;
        try
        {
            using var host = ChildHost.Start(workingDir, redirectInput: true, "stdio", "--working-dir", workingDir);
            var kernel = new StdioClient(host.Process);
            await kernel.WaitForReadyAsync(Generous);
            var nuget = await kernel.SubmitAsync("#r \"nuget: Plotly.NET, 6.0.0\"", Generous);
            Assert.True(nuget == "CommandSucceeded", host.Output);
            var chart = await kernel.SubmitAsync("""
                using Plotly.NET;
                var trace = new Trace("scatter");
                trace.SetProperty("x", new[] { 1, 2, 3 });
                trace.SetProperty("y", new[] { 2.5, 3.5, 1.0 });
                display(GenericChart.ofTraceObject(true, trace));
                """, Generous);
            Assert.True(chart == "CommandSucceeded", host.Output);
            var profiles = Directory.GetDirectories(Path.GetTempPath(), $"{ChromiumProcess.ProfilePrefix}{host.Id}-*");
            Assert.Single(profiles);
            var before = host.MarkedProcesses();
            Assert.Contains(before, p => p.Contains("chrom", StringComparison.Ordinal));

            host.Signal(ChildHost.SigKill);
            await host.WaitForExitAsync(TimeSpan.FromSeconds(30));

            var left = await host.WaitForNoMarkedProcessesAsync(TimeSpan.FromSeconds(60));
            Assert.True(left.Count == 0, $"still running after the kernel was killed: {string.Join(", ", left)} (before: {string.Join(", ", before)})");
            Assert.False(Directory.Exists(profiles[0]), $"profile left behind: {profiles[0]}");
        }
        finally
        {
            Directory.Delete(workingDir, recursive: true);
        }
    }

    [Fact]
    public async Task A_second_run_on_the_same_artifacts_exits_3_naming_the_first_or_waits_for_it()
    {
        using var repo = TestRepo.Create("interrupt");
        using var first = ChildHost.Start(repo.Root, "reproduce", "--notebooks-only");
        await first.WaitForOutputAsync("[2/2] 2-slow.dib cell 1/2 (#1) ok", Generous);

        using var second = ChildHost.Start(repo.Root, "reproduce", "--notebooks-only", "--only", "1-quick");
        var exit = await second.WaitForExitAsync(Generous);
        Assert.True(exit == 3, $"exit {exit}\n{second.Output}");
        Assert.Contains($"Another reproduce run (pid {first.Id}, started", second.Output);
        Assert.Contains("--wait", second.Output);

        using var waiting = ChildHost.Start(repo.Root, "reproduce", "--notebooks-only", "--only", "1-quick", "--wait");
        await waiting.WaitForOutputAsync($"waiting for the other reproduce run (pid {first.Id}", Generous);
        Assert.False(waiting.Process.HasExited);
        first.Signal(ChildHost.SigTerm);
        Assert.Equal(143, await first.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var waited = await waiting.WaitForExitAsync(Generous);
        Assert.True(waited == 0, $"exit {waited}\n{waiting.Output}");
        var run = JsonNode.Parse(File.ReadAllText(Path.Combine(repo.Artifacts, "run.json")))!;
        Assert.Equal("succeeded", run["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Read_only_artifacts_give_one_error_naming_the_path_and_keep_the_previous_artifacts()
    {
        using var repo = TestRepo.Create("interrupt");
        File.Delete(Path.Combine(repo.Notebooks, "2-slow.dib"));
        using var mount = TmpfsMount.Create(Path.Combine(repo.Root, "artifacts"), "4m");
        var (exit, output, error) = await TestRepo.RunHostAsync(repo.Root, Generous, "reproduce", "--notebooks-only");
        Assert.True(exit == 0, output + error);
        var ipynb = Path.Combine(repo.Artifacts, "notebooks", "1-quick.ipynb");
        var before = Snapshot(repo.Artifacts);

        mount.RemountReadOnly();
        (exit, output, error) = await TestRepo.RunHostAsync(repo.Root, Generous, "reproduce", "--notebooks-only", "--force");
        Assert.True(exit == 3, $"exit {exit}\n{output}\n{error}");
        Assert.Contains($"error: Cannot write {repo.Artifacts}", error);
        Assert.Contains("Read-only file system", error);
        Assert.Equal(1, CountOf(error, "error:"));
        Assert.Equal(before, Snapshot(repo.Artifacts));
        Assert.Contains("quick 42", File.ReadAllText(ipynb));
    }

    [Fact]
    public async Task A_full_disk_gives_one_error_naming_the_file_and_leaves_no_partial_files()
    {
        using var repo = TestRepo.Create("interrupt");
        File.Delete(Path.Combine(repo.Notebooks, "2-slow.dib"));
        using var mount = TmpfsMount.Create(Path.Combine(repo.Root, "artifacts"), "256k");
        // A previous run's record, which must survive; then room for the lock's owner file and nothing more.
        File.WriteAllText(Path.Combine(repo.Artifacts, "run.json"), "{\"notebooks\":[]}\n");
        mount.Fill(pagesLeft: 1);

        var (exit, output, error) = await TestRepo.RunHostAsync(repo.Root, Generous, "reproduce", "--notebooks-only");
        Assert.True(exit == 3, $"exit {exit}\n{output}\n{error}");
        Assert.Contains($"error: Cannot write {repo.Artifacts}/", error);
        Assert.Contains("No space left on device", error);
        Assert.Equal(1, CountOf(error, "error:"));
        Assert.Equal("{\"notebooks\":[]}\n", File.ReadAllText(Path.Combine(repo.Artifacts, "run.json")));
        Assert.Empty(Directory.GetFiles(repo.Artifacts, "*.tmp-*", SearchOption.AllDirectories));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith(".reproduce", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
