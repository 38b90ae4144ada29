using Guangzhou.Analysis.Data;
using Notebooks.Runtime.Reproduce;

namespace Workspace;

/// <summary>
/// Loads and validates data/ once before any notebook runs: a bad file is reported once (file:line:column, what is
/// wrong, how to fix it) instead of once per notebook and step.
/// </summary>
public sealed class DataPreflight : IReproducePreflight
{
    public string Name => "data";

    public Task<PreflightOutcome> CheckAsync(ReproduceContext context, CancellationToken ct)
    {
        try
        {
            var data = DataSetLoader.Load(context.DataDirectory);
            return Task.FromResult(PreflightOutcome.Pass($"{Path.GetFileName(context.DataDirectory)}/ loads and validates ({data.Claims.Count} claims)"));
        }
        catch (DataFormatException e)
        {
            return Task.FromResult(PreflightOutcome.Fail($"{e.Message.TrimEnd('.')}. No notebook was started; fix the file and run again."));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(PreflightOutcome.Fail($"cannot read {context.DataDirectory}: {e.Message}"));
        }
    }
}
