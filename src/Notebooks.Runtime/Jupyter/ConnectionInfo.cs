using System.Text.Json;

namespace Notebooks.Runtime.Jupyter;

/// <summary>The connection file a Jupyter client writes for a kernel: where to bind and how to sign.</summary>
internal sealed record ConnectionInfo(
    string Transport,
    string Ip,
    int ShellPort,
    int IopubPort,
    int StdinPort,
    int ControlPort,
    int HeartbeatPort,
    string Key,
    string SignatureScheme)
{
    public string Endpoint(int port) => Transport == "ipc" ? $"ipc://{Ip}-{port}" : $"{Transport}://{Ip}:{port}";

    /// <summary>Reads and validates a connection file; every problem names the file and the field.</summary>
    public static ConnectionInfo Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConnectionFileException(path, "file not found.");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ConnectionFileException(path, $"not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }

        string Text(string name, string? fallback = null)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString()!;
            }

            return fallback ?? throw new ConnectionFileException(path, $"\"{name}\" is missing or not a string.");
        }

        int Port(string name)
        {
            if (root.TryGetProperty(name, out var value) && value.TryGetInt32(out var port) && port is > 0 and < 65536)
            {
                return port;
            }

            throw new ConnectionFileException(path, $"\"{name}\" is missing or not a port number.");
        }

        var scheme = Text("signature_scheme", "hmac-sha256");
        var key = Text("key", "");
        if (key.Length > 0 && scheme != "hmac-sha256")
        {
            throw new ConnectionFileException(path, $"signature_scheme \"{scheme}\" is not supported; this kernel signs with hmac-sha256.");
        }

        var transport = Text("transport", "tcp");
        if (transport is not ("tcp" or "ipc"))
        {
            throw new ConnectionFileException(path, $"transport \"{transport}\" is not supported (tcp or ipc).");
        }

        return new ConnectionInfo(
            transport,
            Text("ip", "127.0.0.1"),
            Port("shell_port"),
            Port("iopub_port"),
            Port("stdin_port"),
            Port("control_port"),
            Port("hb_port"),
            key,
            scheme);
    }
}
