using System.Globalization;
using Notebooks.Runtime.Files;

namespace Notebooks.Runtime.Reproduce;

/// <summary>
/// One run at a time per artifacts folder. The lock is an exclusive advisory lock (flock) on
/// <c>&lt;artifacts&gt;/.reproduce.lock</c>, held open for the whole run; the kernel releases it when the process ends,
/// however it ends, so a killed run never leaves a stale lock. Who holds it is written to <c>.reproduce.owner</c>.
/// </summary>
internal sealed class ArtifactsLock : IDisposable
{
    public const string LockFileName = ".reproduce.lock";
    public const string OwnerFileName = ".reproduce.owner";

    private readonly FileStream _stream;
    private readonly string _ownerFile;

    private ArtifactsLock(FileStream stream, string ownerFile)
    {
        _stream = stream;
        _ownerFile = ownerFile;
    }

    /// <summary>
    /// Takes the lock, or throws <see cref="RunLockedException"/> naming the other run; with <paramref name="wait"/>
    /// waits for it instead (reporting once that it waits).
    /// </summary>
    public static async Task<ArtifactsLock> AcquireAsync(string artifactsDirectory, bool wait, Action<string> report, CancellationToken ct)
    {
        ArtifactFiles.EnsureDirectory(artifactsDirectory);
        var lockFile = Path.Combine(artifactsDirectory, LockFileName);
        var ownerFile = Path.Combine(artifactsDirectory, OwnerFileName);
        var reported = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix: a second process (or a second open here) gets IOException.
                var stream = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                var owner = $"pid {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}, started {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss zzz}";
                await ArtifactFiles.WriteTextAsync(ownerFile, owner + "\n", CancellationToken.None);
                return new ArtifactsLock(stream, ownerFile);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new OutputException(lockFile, ArtifactFiles.Reason(e), e);
            }
            catch (IOException e) when (IsHeldByOther(e))
            {
                var owner = ReadOwner(ownerFile);
                if (!wait)
                {
                    throw new RunLockedException(artifactsDirectory, owner);
                }

                if (!reported)
                {
                    report($"waiting for the other reproduce run ({owner}) to release {artifactsDirectory} ...");
                    reported = true;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
            }
            catch (IOException e)
            {
                throw new OutputException(lockFile, ArtifactFiles.Reason(e), e);
            }
        }
    }

    private static bool IsHeldByOther(IOException e) =>
        e.Message.Contains("being used by another process", StringComparison.Ordinal);

    private static string ReadOwner(string ownerFile)
    {
        try
        {
            return File.ReadAllText(ownerFile).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "owner unknown";
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_ownerFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The lock itself is what counts; a stale owner file only names the last holder.
        }

        _stream.Dispose();
    }
}
