using System.Security.Cryptography;
using System.Text;

namespace Notebooks.Runtime.Files;

/// <summary>
/// The workspace's one hashing scheme: SHA-256, lower-case hex. Parts added to a builder are each followed by a NUL, so
/// ("ab", "c") and ("a", "bc") differ. Used for notebook input hashes (run.json), figure-export inputs and chart ids.
/// </summary>
public sealed class ContentHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The hash of one text (its UTF-8 bytes, no separator).</summary>
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The hash of a file's bytes.</summary>
    public static string OfFile(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    public ContentHash Add(string part)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(part));
        _hash.AppendData([0]);
        return this;
    }

    public ContentHash Add(ReadOnlySpan<byte> bytes)
    {
        _hash.AppendData(bytes);
        return this;
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
