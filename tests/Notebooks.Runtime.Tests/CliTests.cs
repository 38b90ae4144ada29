using Notebooks.Runtime.Cli;
using Notebooks.Runtime.Reproduce;

namespace Notebooks.Runtime.Tests;

public sealed class CliTests
{
    [Fact]
    public async Task Help_lists_the_verbs_and_options()
    {
        var output = new StringWriter();
        Assert.Equal(0, await WorkspaceCli.RunAsync(["--help"], [], output, new StringWriter()));
        foreach (var text in new[] { "reproduce", "stdio", "130 Ctrl-C, 143 SIGTERM" })
        {
            Assert.Contains(text, output.ToString());
        }

        var reproduce = new StringWriter();
        Assert.Equal(0, await WorkspaceCli.RunAsync(["reproduce", "--help"], [], reproduce, new StringWriter()));
        foreach (var text in new[] { "--force", "--param <name=value>", "--cell-timeout <seconds>", "--notebooks <dir>", "--artifacts <dir>", "--only <notebook>", "--wait" })
        {
            Assert.Contains(text, reproduce.ToString());
        }
    }

    [Fact]
    public async Task Usage_errors_exit_2()
    {
        var error = new StringWriter();
        Assert.Equal(2, await WorkspaceCli.RunAsync(["reproduce", "--bogus"], [], new StringWriter(), error));
        Assert.Contains("--bogus", error.ToString());
        Assert.Equal(2, await WorkspaceCli.RunAsync(["frobnicate"], [], new StringWriter(), new StringWriter()));
        Assert.Equal(2, await WorkspaceCli.RunAsync(["reproduce", "--cell-timeout", "soon"], [], new StringWriter(), new StringWriter()));
        Assert.Equal(2, await WorkspaceCli.RunAsync(["reproduce", "--param", "novalue"], [], new StringWriter(), new StringWriter()));
    }

    [Fact]
    public async Task Outside_a_repository_exits_3()
    {
        var dir = Directory.CreateTempSubdirectory("nr-norepo-").FullName;
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = dir;
        try
        {
            if (WorkspaceCli.FindRepositoryRoot(dir) is null)
            {
                var error = new StringWriter();
                Assert.Equal(3, await WorkspaceCli.RunAsync(["reproduce"], [], new StringWriter(), error));
                Assert.Contains("global.json", error.ToString());
            }
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(dir);
        }
    }

    [Fact]
    public async Task Extra_steps_run_after_the_notebooks_and_share_the_context()
    {
        using var repo = TestRepo.Create("failures");
        foreach (var file in Directory.GetFiles(repo.Notebooks).Where(f => !f.EndsWith(".dib", StringComparison.Ordinal)))
        {
            File.Delete(file);
        }

        var step = new RecordingStep();
        var log = new StringWriter();
        var result = await ReproduceRunner.RunAsync(new ReproduceOptions { RepositoryRoot = repo.Root, Log = log, ExtraSteps = [step, new FailingStep()] });
        Assert.Equal(1, result.ExitCode);
        Assert.NotNull(step.Context);
        Assert.Equal(repo.Artifacts, step.Context!.ArtifactsDirectory);
        Assert.True(File.Exists(Path.Combine(repo.Artifacts, "notebooks", "4-ok-after.ipynb")), "steps run after the notebooks");
        Assert.Contains("FAILED step failing: InvalidOperationException: nope", log.ToString());
    }

    private sealed class RecordingStep : IReproduceStep
    {
        public ReproduceContext? Context { get; private set; }

        public string Name => "recording";

        public Task<StepOutcome> RunAsync(ReproduceContext context, CancellationToken ct)
        {
            Context = context;
            return Task.FromResult(new StepOutcome(File.Exists(Path.Combine(context.ArtifactsDirectory, "index.html")), "saw index.html"));
        }
    }

    private sealed class FailingStep : IReproduceStep
    {
        public string Name => "failing";

        public Task<StepOutcome> RunAsync(ReproduceContext context, CancellationToken ct) => throw new InvalidOperationException("nope");
    }
}
