using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;
using Notebooks.Runtime.Jupyter;

namespace Notebooks.Runtime.Tests.Jupyter;

/// <summary>The kernel host on real sockets, driven by a NetMQ client: what a badly signed message does.</summary>
public sealed class KernelHostTests
{
    private const string Key = "test-key";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task A_badly_signed_execute_request_is_dropped_and_logged_while_a_signed_one_is_answered()
    {
        var ports = Enumerable.Range(0, 5).Select(_ => FreePort()).ToArray();
        var connectionFile = Path.Combine(Path.GetTempPath(), "kernel-" + Guid.NewGuid().ToString("N") + ".json");
        var marker = Path.Combine(Path.GetTempPath(), "executed-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(connectionFile, new JsonObject
        {
            ["transport"] = "tcp", ["ip"] = "127.0.0.1", ["shell_port"] = ports[0], ["iopub_port"] = ports[1], ["stdin_port"] = ports[2],
            ["control_port"] = ports[3], ["hb_port"] = ports[4], ["key"] = Key, ["signature_scheme"] = "hmac-sha256",
        }.ToJsonString());

        var log = new StringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var host = JupyterKernelHost.RunAsync(new JupyterKernelOptions
        {
            ConnectionFile = connectionFile,
            Identity = new KernelIdentity("test-kernel", "Test", "banner"),
            StaticImages = false,
        }, TextWriter.Synchronized(log), stop.Token);
        try
        {
            using var shell = new DealerSocket();
            shell.Options.Identity = Encoding.ASCII.GetBytes("client");
            shell.Connect($"tcp://127.0.0.1:{ports[0]}");

            var forged = Request("execute_request", new JsonObject { ["code"] = $"System.IO.File.WriteAllText(@\"{marker}\", \"x\");", ["silent"] = false }, new MessageSigner("wrong key"));
            shell.SendMultipartBytes(forged);
            var info = Request("kernel_info_request", new JsonObject(), new MessageSigner(Key));
            shell.SendMultipartBytes(info);

            var reply = Receive(shell, TimeSpan.FromSeconds(60));
            Assert.Equal("kernel_info_reply", reply.MsgType);
            Assert.Equal("C#", (string?)reply.Content["language_info"]!["name"]);
            Assert.Equal("5.3", (string?)reply.Content["protocol_version"]);

            // Nothing else comes back, and the forged code never ran.
            var extra = new List<byte[]>();
            Assert.False(shell.TryReceiveMultipartBytes(TimeSpan.FromSeconds(3), ref extra));
            Assert.False(File.Exists(marker));
            Assert.Contains("jupyter: dropped a Shell message: invalid signature", log.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            await host;
            File.Delete(connectionFile);
        }
    }

    private static List<byte[]> Request(string type, JsonObject content, MessageSigner signer)
    {
        var frames = WireCodec.Encode(new JupyterMessage([], MessageHeaders.Create(type, "client-session", DateTimeOffset.UtcNow), new JsonObject(), new JsonObject(), content, []), signer);
        return frames;
    }

    private static JupyterMessage Receive(DealerSocket socket, TimeSpan timeout)
    {
        var frames = new List<byte[]>();
        Assert.True(socket.TryReceiveMultipartBytes(timeout, ref frames), "no reply");
        return WireCodec.Decode(frames, new MessageSigner(Key));
    }
}
