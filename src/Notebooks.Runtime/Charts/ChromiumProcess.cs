using System.Diagnostics;
using System.Globalization;
using PuppeteerSharp;
using PuppeteerSharp.Transport;

namespace Notebooks.Runtime.Charts;

/// <summary>
/// A headless Chromium that cannot outlive the process that started it, however that process ends.
/// <para>
/// Chromium is driven over <c>--remote-debugging-pipe</c> (file descriptors 3 and 4), not a WebSocket. The pipe's
/// write end lives only in this process, so when this process dies — even by SIGKILL — the kernel closes it, Chromium
/// reads end-of-file and quits, and its renderer and helper processes go with it. A small <c>/bin/sh</c> guardian between
/// this process and Chromium maps our stdin/stdout pipes to Chromium's fds 3/4, survives INT/TERM/HUP, waits for Chromium
/// to exit and then deletes the temporary profile. Profiles left behind by a guardian that was itself SIGKILLed are swept
/// at the next launch (their directory name carries the owning process id). The guardian exits with Chromium's status
/// (128 + the signal when a signal killed it), which <see cref="Exited"/> reports.
/// </para>
/// </summary>
internal sealed class ChromiumProcess : IAsyncDisposable
{
    /// <summary>Prefix of every temporary profile directory: nr-chromium-&lt;owner pid&gt;-&lt;random&gt;.</summary>
    public const string ProfilePrefix = "nr-chromium-";

    // fd 0/1 of the guardian are our pipes; it hands them to Chromium as fds 3/4 and closes its own copies, so the
    // only write end of Chromium's command pipe is ours. Signals sent to the process group do not stop the guardian
    // before it has removed the profile.
    private const string GuardianScript = """
        trap : INT TERM HUP
        exec 3<&0 4>&1 0</dev/null 1>/dev/null
        "$0" "$@" &
        pid=$!
        exec 3<&- 4>&-
        status=0
        while kill -0 "$pid" 2>/dev/null; do wait "$pid"; status=$?; done
        for attempt in 1 2 3 4 5 6 7 8 9 10; do rm -rf -- "$NR_CHROMIUM_PROFILE" 2>/dev/null && [ ! -e "$NR_CHROMIUM_PROFILE" ] && break; sleep 0.2; done
        exit "$status"
        """;

    private readonly Process _guardian;
    private readonly PipeTransport _transport;
    private int _disposed;

    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChromiumProcess(Process guardian, PipeTransport transport, IBrowser browser, string profileDirectory)
    {
        _guardian = guardian;
        _transport = transport;
        Browser = browser;
        ProfileDirectory = profileDirectory;
        guardian.EnableRaisingEvents = true;
        guardian.Exited += (_, _) => _exited.TrySetResult(ExitCodeOf(guardian));
        if (guardian.HasExited)
        {
            _exited.TrySetResult(ExitCodeOf(guardian));
        }
    }

    /// <summary>Completes with Chromium's exit status when it has exited, for whatever reason (closed, crashed, killed).</summary>
    public Task<int> Exited => _exited.Task;

    /// <summary>The path Chromium was started from.</summary>
    public required string ExecutablePath { get; init; }

    /// <summary>Chromium's exit status in words: "exit status 1", "killed by signal 9 (SIGKILL: kill -9 or the OOM killer)".</summary>
    public static string DescribeExit(int status) => status switch
    {
        > 128 and < 160 => $"killed by signal {status - 128}{SignalName(status - 128)}",
        _ => $"exit status {status}",
    };

    private static string SignalName(int signal) => signal switch
    {
        6 => " (SIGABRT: it aborted)",
        9 => " (SIGKILL: kill -9 or the out-of-memory killer)",
        11 => " (SIGSEGV: it crashed)",
        15 => " (SIGTERM)",
        _ => "",
    };

    private static int ExitCodeOf(Process process)
    {
        try
        {
            return process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            return -1; // disposed meanwhile: it was closed on purpose
        }
    }

    public IBrowser Browser { get; }

    /// <summary>The temporary user-data-dir, removed when Chromium exits.</summary>
    public string ProfileDirectory { get; }

    /// <summary>Process id of the guardian shell (Chromium is its child).</summary>
    public int GuardianProcessId => _guardian.Id;

    /// <summary>The command-line flags used for Chromium (they work as root in a container).</summary>
    public static IReadOnlyList<string> BrowserArguments { get; } =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--disable-crash-reporter",
        "--disable-breakpad",
        "--font-render-hinting=none",
        "--remote-debugging-pipe",
        // One renderer draws everything, so the zygotes that fork renderers, and a separate GPU and network process,
        // are four processes and about 30 MB for nothing; the images are byte-identical without them.
        "--no-zygote",
        "--in-process-gpu",
        "--enable-features=NetworkServiceInProcess2",
    ];

    public static async Task<ChromiumProcess> LaunchAsync(string chromiumPath, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(chromiumPath);
        if (!File.Exists(chromiumPath))
        {
            throw new BrowserNotFoundException(
                $"Chromium not found at '{chromiumPath}'. Install it: {BrowserNotFoundException.InstallHint}");
        }

        SweepStaleProfiles(Path.GetTempPath());
        var profile = Directory.CreateTempSubdirectory(ProfilePrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-").FullName;
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NR_CHROMIUM_PROFILE"] = profile;
        foreach (var argument in (string[])["-c", GuardianScript, chromiumPath, .. BrowserArguments, "--user-data-dir=" + profile, "about:blank"])
        {
            start.ArgumentList.Add(argument);
        }

        var guardian = Process.Start(start) ?? throw new InvalidOperationException("Could not start /bin/sh to launch Chromium.");
        // Chromium's stderr is noise (dbus, fontconfig); keep it drained so it can never block on a full pipe.
        guardian.ErrorDataReceived += (_, _) => { };
        guardian.BeginErrorReadLine();
        var transport = new PipeTransport(guardian.StandardInput.BaseStream, guardian.StandardOutput.BaseStream);
        try
        {
            transport.Start();
            var browser = await Puppeteer.ConnectAsync(new ConnectOptions
            {
                BrowserWSEndpoint = "ws://chromium.pipe/",
                TransportFactory = (_, _, _) => Task.FromResult<IConnectionTransport>(transport),
                ProtocolTimeout = 60_000,
            }).WaitAsync(TimeSpan.FromSeconds(60), ct);
            return new ChromiumProcess(guardian, transport, browser, profile) { ExecutablePath = chromiumPath };
        }
        catch
        {
            transport.Dispose();
            await StopAsync(guardian);
            throw;
        }
    }

    /// <summary>
    /// Deletes profiles under <paramref name="tempDirectory"/> whose owner process is gone (a guardian that was itself
    /// killed could not remove them). Profiles of live processes, this one included, are left alone.
    /// </summary>
    public static int SweepStaleProfiles(string tempDirectory)
    {
        var removed = 0;
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateDirectories(tempDirectory, ProfilePrefix + "*").ToList();
        }
        catch (IOException)
        {
            return 0;
        }

        foreach (var directory in candidates)
        {
            var rest = Path.GetFileName(directory)[ProfilePrefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var owner) || IsAlive(owner))
            {
                continue;
            }

            try
            {
                Directory.Delete(directory, recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another sweeper or a still-exiting Chromium; the next launch tries again.
            }
        }

        return removed;
    }

    private static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Closes the browser politely, then makes sure Chromium and its guardian are gone and the profile deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await Browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception)
        {
            // Already gone, or hung: closing our end of the pipe below ends it either way.
        }

        await Browser.DisposeAsync();
        _transport.Dispose();
        await StopAsync(_guardian);
        if (Directory.Exists(ProfileDirectory))
        {
            try
            {
                Directory.Delete(ProfileDirectory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Swept at the next launch.
            }
        }
    }

    private static async Task StopAsync(Process guardian)
    {
        try
        {
            // Closing our pipe ends is what makes Chromium quit; the guardian then removes the profile and exits.
            guardian.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await guardian.WaitForExitAsync(wait.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException or IOException)
        {
            try
            {
                guardian.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
        }
        finally
        {
            guardian.Dispose();
        }
    }
}
