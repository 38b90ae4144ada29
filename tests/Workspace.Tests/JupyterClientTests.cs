using System.Diagnostics;

namespace Workspace.Tests;

/// <summary>
/// The workspace kernel driven by Jupyter's own clients (Debian's jupyter_client, nbconvert/nbclient and the
/// jupyter_kernel_test conformance suite), through the kernelspec the main command wrote. The Python tests live in
/// tests/Jupyter; each test here runs one file with /usr/bin/python3 and fails with pytest's report.
/// </summary>
[Collection(MainCommandCollection.Name)]
public sealed class JupyterClientTests(MainCommandFixture fixture)
{
    [Fact]
    public void Conformance_suite_passes() => RunPytest("test_conformance.py");

    [Fact]
    public void Every_notebook_runs_in_nbconvert_with_the_kernel_its_metadata_names() => RunPytest("test_notebooks.py");

    [Fact]
    public void Interrupt_restart_and_a_killed_kernel_behave() => RunPytest("test_lifecycle.py");

    [Fact]
    public void Run_all_stops_at_the_first_error_and_unknown_comms_are_closed() => RunPytest("test_messaging.py");

    private void RunPytest(string file)
    {
        Assert.Equal(0, fixture.ExitCode);
        var kernels = Path.Combine(fixture.Artifacts, "jupyter");
        Assert.True(File.Exists(Path.Combine(kernels, "kernels", "guangzhou-workspace", "kernel.json")), "the main command wrote no kernelspec");

        const string python = "/usr/bin/python3";
        Assert.True(File.Exists(python), "Debian's python3 is missing: apt-get install python3 jupyter-client jupyter-nbconvert python3-nbclient python3-jupyter-kernel-test python3-pytest");
        var psi = new ProcessStartInfo(python)
        {
            WorkingDirectory = Path.Combine(RepositoryPaths.Root, "notebooks"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-m", "pytest", "-q", "-p", "no:cacheprovider", Path.Combine(RepositoryPaths.Root, "tests", "Jupyter", file) })
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["JUPYTER_PATH"] = kernels;
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"pytest {file} did not finish in 15 minutes:\n{stdout.Result}");
        }

        var report = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"pytest {file} exited {process.ExitCode}:\n{report}");
        Assert.DoesNotContain("no tests ran", report, StringComparison.Ordinal);
    }
}
