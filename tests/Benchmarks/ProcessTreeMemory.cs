using System.Globalization;

namespace Benchmarks;

/// <summary>One sample of a process tree's memory, in bytes: resident set summed over the tree (shared pages counted
/// once per process, so an overcount), proportional set (shared pages split between their users) and the part of each
/// that belongs to browser processes.</summary>
public sealed record TreeMemory(long Rss, long Pss, long BrowserRss, long BrowserPss, long RootRss, int Processes);

/// <summary>Samples a process and all its descendants from /proc (Linux) until it exits, keeping the sample of highest PSS.</summary>
public sealed class ProcessTreeMemory
{
    public TreeMemory? Peak { get; private set; }

    public static bool Supported => Directory.Exists("/proc/self");

    /// <summary>Samples every <paramref name="interval"/> until <paramref name="exited"/> completes.</summary>
    public async Task SampleUntilAsync(int rootPid, Task exited, TimeSpan interval)
    {
        while (!exited.IsCompleted)
        {
            var sample = Sample(rootPid);
            if (sample is not null && (Peak is null || sample.Pss > Peak.Pss)) Peak = sample;
            await Task.WhenAny(exited, Task.Delay(interval));
        }
    }

    private static TreeMemory? Sample(int rootPid)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            var stat = Read(Path.Combine(dir, "stat"));
            if (stat is null) continue;
            // Fields after the command name, which is in parentheses and may itself contain spaces.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ppid = int.Parse(fields[1], CultureInfo.InvariantCulture);
            if (!children.TryGetValue(ppid, out var list)) children[ppid] = list = [];
            list.Add(pid);
        }

        long rss = 0, pss = 0, browserRss = 0, browserPss = 0, rootRss = 0;
        var count = 0;
        var pending = new Stack<int>([rootPid]);
        while (pending.TryPop(out var pid))
        {
            var r = Kilobytes(Read($"/proc/{pid}/status"), "VmRSS:") * 1024;
            var p = Kilobytes(Read($"/proc/{pid}/smaps_rollup"), "Pss:") * 1024;
            var browser = (Read($"/proc/{pid}/comm") ?? "").Contains("chrom", StringComparison.OrdinalIgnoreCase);
            rss += r;
            pss += p;
            if (browser) { browserRss += r; browserPss += p; }
            if (pid == rootPid) rootRss = r;
            count++;
            if (children.TryGetValue(pid, out var kids)) foreach (var k in kids) pending.Push(k);
        }

        return count == 0 || rss == 0 ? null : new TreeMemory(rss, pss, browserRss, browserPss, rootRss, count);
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the process ended between listing and reading
        }
    }

    private static long Kilobytes(string? text, string key)
    {
        if (text is null) return 0;
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith(key, StringComparison.Ordinal)) continue;
            var number = line[key.Length..].Trim().Split(' ')[0];
            return long.Parse(number, CultureInfo.InvariantCulture);
        }

        return 0;
    }
}
