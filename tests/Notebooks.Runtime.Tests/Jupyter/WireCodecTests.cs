using System.Text;
using System.Text.Json.Nodes;
using Notebooks.Runtime.Jupyter;

namespace Notebooks.Runtime.Tests.Jupyter;

public sealed class WireCodecTests
{
    private static readonly MessageSigner Signer = new("secret");

    private static JupyterMessage Message() => new(
        [Encoding.ASCII.GetBytes("client-1"), Encoding.ASCII.GetBytes("client-2")],
        MessageHeaders.Create("execute_request", "s1", new DateTimeOffset(2026, 12, 2, 18, 9, 50, TimeSpan.Zero)),
        new JsonObject(),
        new JsonObject(),
        new JsonObject { ["code"] = "Console.WriteLine(\"廣州\");" },
        []);

    [Fact]
    public void Encoded_frames_are_identities_delimiter_signature_and_four_json_parts()
    {
        var frames = WireCodec.Encode(Message(), Signer);
        Assert.Equal(8, frames.Count);
        Assert.Equal("client-1", Encoding.ASCII.GetString(frames[0]));
        Assert.Equal("client-2", Encoding.ASCII.GetString(frames[1]));
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[2]));
        Assert.Equal(Signer.Sign(frames.Skip(4).Take(4).ToArray()), Encoding.ASCII.GetString(frames[3]));
    }

    [Fact]
    public void Decoding_what_was_encoded_gives_the_message_and_its_identities_back()
    {
        var decoded = WireCodec.Decode(WireCodec.Encode(Message(), Signer), Signer);
        Assert.Equal("execute_request", decoded.MsgType);
        Assert.Equal("s1", decoded.Session);
        Assert.Equal("Console.WriteLine(\"廣州\");", decoded.Text("code"));
        Assert.Equal(["client-1", "client-2"], decoded.Identities.Select(i => Encoding.ASCII.GetString(i)));
    }

    [Fact]
    public void A_tampered_or_unsigned_message_is_rejected()
    {
        var frames = WireCodec.Encode(Message(), Signer);
        frames[^1] = Encoding.UTF8.GetBytes("""{"code":"File.Delete(\"x\")"}""");
        Assert.Equal("invalid signature", Assert.Throws<InvalidMessageException>(() => WireCodec.Decode(frames, Signer)).Message);

        var unsigned = WireCodec.Encode(Message(), new MessageSigner(""));
        Assert.Throws<InvalidMessageException>(() => WireCodec.Decode(unsigned, Signer));
    }

    [Fact]
    public void Frames_without_the_delimiter_are_rejected()
    {
        var frames = WireCodec.Encode(Message(), Signer).Where(f => !f.AsSpan().SequenceEqual(WireCodec.Delimiter)).ToList();
        Assert.Contains("delimiter", Assert.Throws<InvalidMessageException>(() => WireCodec.Decode(frames, Signer)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_dates_have_at_most_six_fractional_digits_as_jupyter_client_parses_them()
    {
        var time = new DateTimeOffset(2026, 12, 2, 18, 9, 50, TimeSpan.FromHours(8)).AddTicks(1234567);
        Assert.Equal("2026-12-02T10:09:50.123456Z", MessageHeaders.FormatDate(time));
        Assert.Equal("5.3", (string?)MessageHeaders.Create("status", "s", time)["version"]);
    }
}
