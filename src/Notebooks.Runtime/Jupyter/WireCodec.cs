using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// The wire form of a message: identities, the delimiter, the signature, header, parent header, metadata, content,
/// then binary buffers. The signature covers the exact bytes of the four JSON frames, so they are serialized once.
/// </summary>
internal static class WireCodec
{
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public static List<byte[]> Encode(JupyterMessage message, MessageSigner signer)
    {
        var parts = new[]
        {
            Serialize(message.Header),
            Serialize(message.ParentHeader),
            Serialize(message.Metadata),
            Serialize(message.Content),
        };
        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter);
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(parts)));
        frames.AddRange(parts);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>Decodes frames; throws <see cref="InvalidMessageException"/> for a bad signature or shape.</summary>
    public static JupyterMessage Decode(IReadOnlyList<byte[]> frames, MessageSigner signer)
    {
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                delimiter = i;
                break;
            }
        }

        if (delimiter < 0 || frames.Count < delimiter + 6)
        {
            throw new InvalidMessageException($"a message of {frames.Count} frames without the <IDS|MSG> delimiter and its 5 frames");
        }

        var parts = new[] { frames[delimiter + 2], frames[delimiter + 3], frames[delimiter + 4], frames[delimiter + 5] };
        if (!signer.Verify(frames[delimiter + 1], parts))
        {
            throw new InvalidMessageException("invalid signature");
        }

        return new JupyterMessage(
            frames.Take(delimiter).ToArray(),
            ParseObject(parts[0], "header"),
            ParseObject(parts[1], "parent_header"),
            ParseObject(parts[2], "metadata"),
            ParseObject(parts[3], "content"),
            frames.Skip(delimiter + 6).ToArray());
    }

    private static byte[] Serialize(JsonObject value) => JsonSerializer.SerializeToUtf8Bytes(value, Compact);

    private static JsonObject ParseObject(byte[] bytes, string name)
    {
        try
        {
            return JsonNode.Parse(bytes) as JsonObject ?? throw new InvalidMessageException($"{name} is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new InvalidMessageException($"{name} is not valid JSON: {e.Message}");
        }
    }
}
