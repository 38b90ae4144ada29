namespace Notebooks.Runtime.Reproduce;

/// <summary>
/// A check that runs once before any notebook starts (for example: load and validate the data folder). A failed check
/// stops the run with its message, printed once, and exit code 1; no notebook is started and no artifact is touched.
/// </summary>
public interface IReproducePreflight
{
    string Name { get; }

    Task<PreflightOutcome> CheckAsync(ReproduceContext context, CancellationToken ct);
}

/// <summary>The result of a pre-flight check; <see cref="Message"/> says what is wrong and how to fix it when it failed.</summary>
public sealed record PreflightOutcome(bool Passed, string Message)
{
    public static PreflightOutcome Pass(string summary) => new(true, summary);

    public static PreflightOutcome Fail(string message) => new(false, message);
}
