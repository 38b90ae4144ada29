using System.Text;

namespace Notebooks.Runtime.Files;

/// <summary>
/// Atomic artifact writes: the content goes to a temporary file beside the target, which is then renamed over it. A
/// reader (or a later run) sees the old file or the new one, never half of one; a failed write removes its temporary
/// file and reports the path in an <see cref="OutputException"/>.
/// </summary>
public static class ArtifactFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Task WriteTextAsync(string path, string content, CancellationToken ct = default) =>
        WriteBytesAsync(path, Utf8.GetBytes(content), ct);

    public static async Task WriteBytesAsync(string path, byte[] content, CancellationToken ct = default)
    {
        EnsureDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            // Not cancellable once started: a write is short, and stopping halfway would only leave a temporary file.
            await File.WriteAllBytesAsync(temp, content, CancellationToken.None);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new OutputException(path, Reason(e), e);
        }

        ct.ThrowIfCancellationRequested();
    }

    /// <summary>Creates <paramref name="directory"/> or reports why it cannot be written.</summary>
    public static void EnsureDirectory(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(directory, Reason(e), e);
        }
    }

    /// <summary>The operating system's reason, without the path .NET appends to it.</summary>
    internal static string Reason(Exception e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" : '", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" '/", StringComparison.Ordinal);
        }

        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done on a full or read-only disk; the name marks it as temporary.
        }
    }
}
