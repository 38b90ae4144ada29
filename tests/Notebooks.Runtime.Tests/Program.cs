using Notebooks.Runtime.Cli;
using Notebooks.Runtime.Reproduce;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Notebooks.Runtime.Tests;

/// <summary>Lets the test assembly act as a workspace host: `dotnet Notebooks.Runtime.Tests.dll reproduce|stdio ...`.</summary>
public static class Program
{
    /// <summary>Set by a test to add a step that ignores cancellation, so only a second Ctrl-C can end the run.</summary>
    public const string StubbornStepVariable = "NR_TEST_STUBBORN_STEP";

    public static Task<int> Main(string[] args) => WorkspaceCli.RunAsync(args, new WorkspaceSetup
    {
        Steps = Environment.GetEnvironmentVariable(StubbornStepVariable) == "1" ? [new StubbornStep()] : [],
    });

    private sealed class StubbornStep : IReproduceStep
    {
        public string Name => "stubborn";

        public Task<StepOutcome> RunAsync(ReproduceContext context, CancellationToken ct)
        {
            Thread.Sleep(TimeSpan.FromSeconds(90));
            return Task.FromResult(new StepOutcome(true, "slept"));
        }
    }
}
