using System.Security.Cryptography;
using System.Text;

namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// HMAC-SHA256 over the exact header, parent header, metadata and content bytes of a message, as hex.
/// An empty key means the client asked for no signatures.
/// </summary>
internal sealed class MessageSigner(string key)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(key);

    public bool Enabled => _key.Length > 0;

    public string Sign(IReadOnlyList<byte[]> parts)
    {
        if (!Enabled)
        {
            return "";
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        foreach (var part in parts)
        {
            hmac.AppendData(part);
        }

        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>Constant-time comparison, so timing does not reveal how much of a forged signature was right.</summary>
    public bool Verify(ReadOnlySpan<byte> signature, IReadOnlyList<byte[]> parts)
    {
        if (!Enabled)
        {
            return true;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(parts));
        return CryptographicOperations.FixedTimeEquals(expected, signature);
    }
}
