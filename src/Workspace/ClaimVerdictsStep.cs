using Guangzhou.Analysis.Claims;
using Guangzhou.Analysis.Data;
using Notebooks.Runtime.Reproduce;

namespace Workspace;

/// <summary>Writes artifacts/claims.csv: every claim of the article with its verdict and evidence.</summary>
public sealed class ClaimVerdictsStep : IReproduceStep
{
    public string Name => "claims";

    public Task<StepOutcome> RunAsync(ReproduceContext context, CancellationToken ct)
    {
        var data = DataSetLoader.Load(context.DataDirectory);
        var verdicts = new ClaimChecker(data).CheckAll();
        ClaimVerdictsFile.Write(Path.Combine(context.ArtifactsDirectory, "claims.csv"), data, verdicts);
        var counts = string.Join(", ", verdicts.GroupBy(v => v.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.Id()}"));
        var split = verdicts.Count(v => v.VintagesDisagree);
        return Task.FromResult(new StepOutcome(true, $"{verdicts.Count} claims → artifacts/claims.csv ({counts}; {split} differ between first-published and final figures)"));
    }
}
