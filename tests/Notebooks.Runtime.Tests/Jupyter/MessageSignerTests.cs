using System.Text;
using Notebooks.Runtime.Jupyter;

namespace Notebooks.Runtime.Tests.Jupyter;

public sealed class MessageSignerTests
{
    private const string Key = "5ca1ab1e-0000-4000-8000-000000000001";

    private static byte[][] Parts() =>
    [
        """{"msg_id":"a1","msg_type":"kernel_info_request"}"""u8.ToArray(),
        "{}"u8.ToArray(),
        "{}"u8.ToArray(),
        Encoding.UTF8.GetBytes("""{"code":"廣州"}"""),
    ];

    [Fact]
    public void Signature_matches_pythons_hmac_over_the_same_bytes()
    {
        // /usr/bin/python3: hmac.new(key, digestmod=hashlib.sha256), update() with each of the four frames, hexdigest().
        Assert.Equal("f6955e22e80684819ed5c7401c6c5700599c2e8c47646d90f6e0279101b2c20e", new MessageSigner(Key).Sign(Parts()));
    }

    [Fact]
    public void Verify_accepts_the_signature_and_rejects_any_other()
    {
        var signer = new MessageSigner(Key);
        var good = Encoding.ASCII.GetBytes(signer.Sign(Parts()));
        Assert.True(signer.Verify(good, Parts()));
        var bad = (byte[])good.Clone();
        bad[^1] = bad[^1] == (byte)'0' ? (byte)'1' : (byte)'0';
        Assert.False(signer.Verify(bad, Parts()));
        Assert.False(signer.Verify(""u8, Parts()));
        Assert.False(new MessageSigner("another key").Verify(good, Parts()));
    }

    [Fact]
    public void An_empty_key_means_unsigned_messages()
    {
        var signer = new MessageSigner("");
        Assert.False(signer.Enabled);
        Assert.Equal("", signer.Sign(Parts()));
        Assert.True(signer.Verify(""u8, Parts()));
    }
}
