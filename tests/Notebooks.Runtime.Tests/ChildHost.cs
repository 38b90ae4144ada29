using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Notebooks.Runtime.Tests;

/// <summary>
/// The test assembly started as a workspace host in a child process, as a terminal starts a job: its own process group,
/// SIGINT at its default disposition (a background job of a script inherits SIGINT ignored, which a terminal's job does
/// not), and an environment marker inherited by everything it starts, so its Chromium can be found after it died.
/// </summary>
public sealed class ChildHost : IDisposable
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly object _gate = new();

    private ChildHost(Process process, string marker)
    {
        _process = process;
        Marker = marker;
    }

    public string Marker { get; }

    public int Id => _process.Id;

    public Process Process => _process;

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public static ChildHost Start(string workingDirectory, params string[] args) => Start(workingDirectory, redirectInput: false, args);

    public static ChildHost Start(string workingDirectory, bool redirectInput, params string[] args) =>
        Start(workingDirectory, redirectInput, new Dictionary<string, string>(), args);

    public static ChildHost Start(string workingDirectory, bool redirectInput, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var marker = Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.Environment["NR_TEST_MARKER"] = marker;
        start.Environment["CI"] = "true"; // plain progress lines, which the tests read
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        foreach (var arg in (string[])["-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.setsid(); os.execvp(sys.argv[1], sys.argv[1:])",
                     "dotnet", TestRepo.TestAssembly, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var host = new ChildHost(process, marker);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginErrorReadLine();
        if (!redirectInput)
        {
            // With stdin redirected the caller speaks a protocol and reads stdout itself.
            process.OutputDataReceived += (_, e) => host.Append(e.Data);
            process.BeginOutputReadLine();
        }
        return host;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }
    }

    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (watch.Elapsed > timeout || _process.HasExited)
            {
                throw new TimeoutException($"'{text}' did not appear (exited: {_process.HasExited}):\n{Output}");
            }

            await Task.Delay(100);
        }
    }

    public void Signal(int signal) => Assert.Equal(0, Kill(_process.Id, signal));

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"host did not exit within {timeout}:\n{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>Names of the live processes that carry this host's marker (it, its browser, the browser's helpers).</summary>
    public IReadOnlyList<string> MarkedProcesses() => MarkedProcesses(Marker);

    public static IReadOnlyList<string> MarkedProcesses(string marker)
    {
        var needle = Encoding.UTF8.GetBytes("NR_TEST_MARKER=" + marker);
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var environ = File.ReadAllBytes(Path.Combine(dir, "environ"));
                if (environ.AsSpan().IndexOf(needle) >= 0 && !File.ReadAllText(Path.Combine(dir, "stat")).Contains(") Z ", StringComparison.Ordinal))
                {
                    found.Add($"{pid} {File.ReadAllText(Path.Combine(dir, "comm")).Trim()}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return found;
    }

    /// <summary>Polls until no process carries the marker; returns what is left after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<string>> WaitForNoMarkedProcessesAsync(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var left = MarkedProcesses();
            if (left.Count == 0 || watch.Elapsed > timeout)
            {
                return left;
            }

            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
