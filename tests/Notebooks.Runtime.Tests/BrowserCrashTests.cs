using System.Text;
using System.Text.Json.Nodes;
using Notebooks.Runtime.Charts;
using Workspace.Testing;

namespace Notebooks.Runtime.Tests;

/// <summary>
/// The chart browser killed (SIGKILL, as a crash or the out-of-memory killer would end it) in the middle of a real
/// reproduce process: restarted once with its charts redrawn; killed again, the cells that need it fail with its name
/// and the last good rendering is kept, the failed run beside it.
/// </summary>
public sealed class BrowserCrashTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);

    [BrowserFact]
    public async Task A_browser_killed_mid_run_is_named_restarted_once_and_every_chart_still_gets_its_png()
    {
        using var repo = TestRepo.Create("browser-crash");
        using var host = ChildHost.Start(repo.Root, "reproduce", "--notebooks-only");
        await host.WaitForOutputAsync("[1/1] charts.dib cell 2/4 (#2) ok", Generous);

        await KillBrowserAsync(host);
        var chromium = ChromiumLocator.Find();
        await host.WaitForOutputAsync($"browser: {chromium} exited unexpectedly (killed by signal 9 (SIGKILL: kill -9 or the out-of-memory killer)); restarting it once.", Generous);
        await host.WaitForOutputAsync($"browser: {chromium} restarted; the pending charts are drawn again.", Generous);
        File.WriteAllText(Path.Combine(repo.Notebooks, "go"), "");

        var exit = await host.WaitForExitAsync(Generous);
        Assert.True(exit == 0, $"exit {exit}\n{host.Output}");
        var ipynb = File.ReadAllText(Path.Combine(repo.Artifacts, "notebooks", "charts.ipynb"));
        Assert.Equal(2, CountOf(ipynb, "\"image/png\": \"iVBORw0KGgo"));
        Assert.False(File.Exists(Path.Combine(repo.Artifacts, "notebooks", "charts.failed.ipynb")));
    }

    [BrowserFact]
    public async Task A_browser_killed_twice_fails_the_chart_with_its_name_and_keeps_the_last_good_rendering()
    {
        using var repo = TestRepo.Create("browser-crash");
        File.WriteAllText(Path.Combine(repo.Notebooks, "go"), "");
        var (exit, output, error) = await TestRepo.RunHostAsync(repo.Root, Generous, "reproduce", "--notebooks-only");
        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
        var good = Path.Combine(repo.Artifacts, "notebooks", "charts.ipynb");
        var goodBytes = File.ReadAllBytes(good);
        var goodHtml = File.ReadAllBytes(Path.Combine(repo.Artifacts, "notebooks", "charts.html"));

        using var host = ChildHost.Start(repo.Root, "reproduce", "--notebooks-only", "--force");
        await host.WaitForOutputAsync("[1/1] charts.dib cell 2/4 (#2) ok", Generous);
        var chromium = ChromiumLocator.Find();
        await KillBrowserAsync(host);
        await host.WaitForOutputAsync($"browser: {chromium} restarted; the pending charts are drawn again.", Generous);
        await KillBrowserAsync(host);
        await host.WaitForOutputAsync($"browser: {chromium} exited unexpectedly again (killed by signal 9", Generous);
        File.WriteAllText(Path.Combine(repo.Notebooks, "go"), "");

        exit = await host.WaitForExitAsync(Generous);
        Assert.True(exit == 1, $"exit {exit}\n{host.Output}");
        const string named = "exited (killed by signal 9 (SIGKILL: kill -9 or the out-of-memory killer); restarted once, it exited again: killed by signal 9";
        var log = host.Output;
        // Cell 2's PNG or only cell 4's, depending on whether the first browser had drawn it before it was killed.
        Assert.Matches(@"FAILED charts\.dib cell [24]: The chart's static image \(PNG\) could not be drawn: The chart browser " +
            System.Text.RegularExpressions.Regex.Escape($"{chromium} {named}"), log);
        Assert.True(log.Contains("(rendered as notebooks/charts.failed.ipynb; the last good rendering is kept)", StringComparison.Ordinal), log);

        Assert.Equal(goodBytes, File.ReadAllBytes(good));
        Assert.Equal(goodHtml, File.ReadAllBytes(Path.Combine(repo.Artifacts, "notebooks", "charts.html")));
        var failed = File.ReadAllText(Path.Combine(repo.Artifacts, "notebooks", "charts.failed.ipynb"));
        Assert.Contains(named, failed);
        Assert.Contains(named, File.ReadAllText(Path.Combine(repo.Artifacts, "notebooks", "charts.failed.html")));
        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(repo.Artifacts, "run.json")))!["notebooks"]![0]!;
        Assert.Equal("failed", record["status"]!.GetValue<string>());
        Assert.Equal("notebooks/charts.failed.ipynb", record["failedRendering"]!.GetValue<string>());
        Assert.Equal("succeeded", record["kept"]!["status"]!.GetValue<string>());
        var index = File.ReadAllText(Path.Combine(repo.Artifacts, "index.html"));
        Assert.Contains("<a href=\"notebooks/charts.html\">charts.dib</a>", index);
        Assert.Contains("<a href=\"notebooks/charts.failed.html\">page</a>", index);
        Assert.Empty(await host.WaitForNoMarkedProcessesAsync(TimeSpan.FromSeconds(30)));
    }

    /// <summary>SIGKILLs the host's browser process (not its renderers, not the guardian shell) once it is running.</summary>
    private static async Task KillBrowserAsync(ChildHost host)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var pid in host.MarkedProcesses().Select(p => int.Parse(p.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)))
            {
                if (IsBrowserMain(pid))
                {
                    Assert.Equal(0, Kill(pid, ChildHost.SigKill));
                    return;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no browser process appeared:\n{host.Output}");
    }

    private static bool IsBrowserMain(int pid)
    {
        try
        {
            var args = Encoding.UTF8.GetString(File.ReadAllBytes($"/proc/{pid}/cmdline")).Split('\0');
            return args[0].Contains("chrom", StringComparison.Ordinal) && args.Contains("--remote-debugging-pipe") && !args.Any(a => a.StartsWith("--type=", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
