using System.Diagnostics;

namespace Notebooks.Runtime.Tests;

/// <summary>
/// A small tmpfs mounted over a folder: a real full disk (ENOSPC) or, remounted read-only, a real read-only file system
/// (EROFS) — root ignores permission bits, so chmod cannot make a folder unwritable for it. Needs root (as CI runs).
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private readonly string _path;

    private TmpfsMount(string path) => _path = path;

    public static TmpfsMount Create(string path, string size)
    {
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
        return new TmpfsMount(path);
    }

    public void RemountReadOnly() => Run("mount", "-o", "remount,ro", _path);

    /// <summary>Fills the file system, then frees <paramref name="pagesLeft"/> pages.</summary>
    public void Fill(int pagesLeft)
    {
        var filler = Path.Combine(_path, "filler");
        using (var stream = File.OpenWrite(filler))
        {
            var page = new byte[4096];
            try
            {
                while (true)
                {
                    stream.Write(page);
                    stream.Flush();
                }
            }
            catch (IOException)
            {
                // Full.
            }
        }

        var length = new FileInfo(filler).Length;
        using var truncate = File.OpenWrite(filler);
        truncate.SetLength(Math.Max(0, length / 4096 * 4096 - pagesLeft * 4096L));
    }

    public void Dispose() => Run("umount", _path);

    private static void Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{command} {string.Join(' ', args)} failed ({error.Trim()}). These fault-injection tests mount a small tmpfs and need root, as CI runs them.");
        }
    }
}
