using System.Text.Json.Nodes;
using Notebooks.Runtime.Jupyter;
using Notebooks.Runtime.Platform;

namespace Notebooks.Runtime.Tests.Jupyter;

public sealed class KernelspecTests
{
    private static readonly Dictionary<string, string> NoVariables = new();

    [Fact]
    public void Kernel_json_asks_for_message_interrupts_and_passes_the_connection_file()
    {
        var spec = new Kernelspec("guangzhou-workspace", "C# (Guangzhou workspace)", ["/usr/bin/dotnet", "/w/workspace.dll", "jupyter", "{connection_file}"]);
        var json = JsonNode.Parse(spec.ToJson())!;
        Assert.Equal("message", (string?)json["interrupt_mode"]);
        Assert.Equal("C#", (string?)json["language"]);
        Assert.Equal("C# (Guangzhou workspace)", (string?)json["display_name"]);
        Assert.Equal(["/usr/bin/dotnet", "/w/workspace.dll", "jupyter", "{connection_file}"], json["argv"]!.AsArray().Select(a => (string?)a));
    }

    [Fact]
    public void Writing_a_kernelspec_creates_its_folder_atomically()
    {
        var kernels = Path.Combine(Path.GetTempPath(), "kernelspec-" + Guid.NewGuid().ToString("N"));
        try
        {
            var folder = new Kernelspec("k", "K", ["x", "{connection_file}"]).WriteTo(kernels);
            Assert.Equal(Path.Combine(kernels, "k"), folder);
            Assert.Equal(["kernel.json"], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(kernels, recursive: true);
        }
    }

    [Fact]
    public void User_kernels_folder_is_where_jupyter_looks_on_each_system()
    {
        Assert.Equal("/home/ana/.local/share/jupyter/kernels",
            JupyterPaths.UserKernelsDirectory(HostSystem.Simulated(HostOs.Linux, "/home/ana", NoVariables, [])));
        Assert.Equal("/data/ana/jupyter/kernels",
            JupyterPaths.UserKernelsDirectory(HostSystem.Simulated(HostOs.Linux, "/home/ana", new Dictionary<string, string> { ["XDG_DATA_HOME"] = "/data/ana" }, [])));
        Assert.Equal("/Users/ana/Library/Jupyter/kernels",
            JupyterPaths.UserKernelsDirectory(HostSystem.Simulated(HostOs.MacOS, "/Users/ana", NoVariables, [])));
        Assert.Equal(@"C:\Users\ana\AppData\Roaming\jupyter\kernels",
            JupyterPaths.UserKernelsDirectory(HostSystem.Simulated(HostOs.Windows, @"C:\Users\ana", new Dictionary<string, string> { ["APPDATA"] = @"C:\Users\ana\AppData\Roaming" }, [])));
        Assert.Equal(@"D:\jupyter-data\kernels",
            JupyterPaths.UserKernelsDirectory(HostSystem.Simulated(HostOs.Windows, @"C:\Users\ana", new Dictionary<string, string> { ["JUPYTER_DATA_DIR"] = @"D:\jupyter-data" }, [])));
    }

    [Fact]
    public void Prefix_kernels_folder_is_share_jupyter_kernels()
    {
        Assert.Equal("/opt/venv/share/jupyter/kernels", JupyterPaths.PrefixKernelsDirectory(HostSystem.Simulated(HostOs.Linux, "/root", NoVariables, []), "/opt/venv"));
        Assert.Equal(@"C:\venv\share\jupyter\kernels", JupyterPaths.PrefixKernelsDirectory(HostSystem.Simulated(HostOs.Windows, @"C:\Users\a", NoVariables, []), @"C:\venv"));
    }

    [Fact]
    public void A_bad_connection_file_names_the_file_and_the_field()
    {
        var path = Path.Combine(Path.GetTempPath(), "conn-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, """{"ip":"127.0.0.1","shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"key":"k"}""");
        try
        {
            var e = Assert.Throws<ConnectionFileException>(() => ConnectionInfo.Load(path));
            Assert.Equal($"Jupyter connection file {path}: \"hb_port\" is missing or not a port number.", e.Message);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Contains("file not found", Assert.Throws<ConnectionFileException>(() => ConnectionInfo.Load(path)).Message, StringComparison.Ordinal);
    }
}
