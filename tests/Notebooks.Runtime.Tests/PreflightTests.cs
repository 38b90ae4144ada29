using Notebooks.Runtime.Reproduce;

namespace Notebooks.Runtime.Tests;

public sealed class PreflightTests
{
    [Fact]
    public async Task A_failed_preflight_prints_its_message_once_starts_no_notebook_and_writes_nothing()
    {
        using var repo = TestRepo.Create("interrupt");
        var log = new StringWriter();
        var error = new StringWriter();
        var result = await ReproduceRunner.RunAsync(new ReproduceOptions
        {
            RepositoryRoot = repo.Root,
            Log = log,
            Error = error,
            Preflights = [new FailingCheck()],
            ExtraSteps = [new NeverStep()],
        });

        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Notebooks);
        Assert.Equal("error: data/values.csv:2:6 (value): 'x' is not a number\n", error.ToString().ReplaceLineEndings("\n"));
        Assert.DoesNotContain("running", log.ToString());
        Assert.False(File.Exists(Path.Combine(repo.Artifacts, "run.json")));
        Assert.False(Directory.Exists(Path.Combine(repo.Artifacts, "notebooks")));
    }

    private sealed class FailingCheck : IReproducePreflight
    {
        public string Name => "data";

        public Task<PreflightOutcome> CheckAsync(ReproduceContext context, CancellationToken ct) =>
            Task.FromResult(PreflightOutcome.Fail("data/values.csv:2:6 (value): 'x' is not a number"));
    }

    private sealed class NeverStep : IReproduceStep
    {
        public string Name => "never";

        public Task<StepOutcome> RunAsync(ReproduceContext context, CancellationToken ct) => throw new InvalidOperationException("a step ran after a failed pre-flight");
    }
}
