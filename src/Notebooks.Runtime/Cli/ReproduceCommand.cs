using System.CommandLine;
using Notebooks.Runtime.Execution;
using Notebooks.Runtime.Reproduce;
using Notebooks.Runtime.Platform;

namespace Notebooks.Runtime.Cli;

/// <summary>`reproduce`: execute every notebook in a fresh kernel, render them, then run the workspace's steps.</summary>
internal static class ReproduceCommand
{
    public static Command Create(WorkspaceSetup setup, Func<int> cancelledExitCode)
    {
        var force = new Option<bool>("--force") { Description = "Re-execute notebooks and re-export figures even when their inputs are unchanged." };
        var param = new Option<string[]>("--param")
        {
            Description = "Override a variable of the notebook's cell tagged \"parameters\" (name=value, repeatable).",
            HelpName = "name=value",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        param.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                try
                {
                    Parameters.ParsePair(token.Value);
                }
                catch (FormatException e)
                {
                    result.AddError(e.Message);
                }
            }
        });
        var timeout = new Option<double>("--cell-timeout")
        {
            Description = "Per-cell timeout in seconds; a cell past it is stopped and reported with its notebook and cell.",
            HelpName = "seconds",
            DefaultValueFactory = _ => 120,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
                {
                    return seconds;
                }

                result.AddError($"--cell-timeout expects a positive number of seconds, got '{text}'.");
                return 0;
            },
        };
        var notebooks = new Option<DirectoryInfo>("--notebooks") { Description = "Notebook folder (default <root>/notebooks).", HelpName = "dir" };
        notebooks.AcceptExistingOnly();
        var artifacts = new Option<string?>("--artifacts") { Description = "Output folder (default <root>/artifacts).", HelpName = "dir" };
        var only = new Option<string[]>("--only")
        {
            Description = "Run only this notebook (name, file name or path under the notebook folder; repeatable).", HelpName = "notebook",
        };
        only.CompletionSources.Add(_ => RepositoryRoot.Find(Environment.CurrentDirectory) is { } root && Directory.Exists(Path.Combine(root, "notebooks"))
            ? NotebookPlanner.Discover(Path.Combine(root, "notebooks")).Select(n => NotebookPlanner.NameOf(n.Relative))
            : []);
        var notebooksOnly = new Option<bool>("--notebooks-only") { Description = "Skip the workspace's extra steps (figure export, claims)." };
        var allowFontFallback = new Option<bool>("--allow-font-fallback")
        {
            Description = "Export figure images even when the browser has no font for some of their text (they then lack it; the log says so).",
        };
        var standaloneFigures = new Option<bool>("--standalone-figures")
        {
            Description = "Also write each figure as <id>.<lang>.standalone.html, one file with plotly.js inlined (for mailing one figure); " +
                          "by default the figure pages share one plotly.js beside them.",
        };
        var wait = new Option<bool>("--wait") { Description = "If another run is writing to the same artifacts folder, wait for it instead of exiting with code 3." };

        var command = new Command("reproduce",
            "Execute every notebook under notebooks/ in a fresh kernel, render artifacts/notebooks/<name>.ipynb and .html, " +
            "artifacts/index.html and artifacts/run.json, then run the workspace's extra steps. Validates the data first.")
        {
            force, param, timeout, notebooks, artifacts, only, notebooksOnly, allowFontFallback, standaloneFigures, wait,
        };
        command.SetAction(async (parse, ct) =>
        {
            var root = RepositoryRoot.Find(Environment.CurrentDirectory)
                       ?? throw new EnvironmentException($"No global.json found in {Environment.CurrentDirectory} or any folder above it; run from inside the repository.");
            var notebooksDir = parse.GetValue(notebooks)?.FullName;
            if (notebooksDir is null && !Directory.Exists(Path.Combine(root, "notebooks")))
            {
                throw new EnvironmentException($"No notebooks folder at {Path.Combine(root, "notebooks")}.");
            }

            var options = new ReproduceOptions
            {
                RepositoryRoot = root,
                NotebooksDirectory = notebooksDir,
                ArtifactsDirectory = parse.GetValue(artifacts) is { } a ? Path.GetFullPath(a) : null,
                Force = parse.GetValue(force),
                Parameters = (parse.GetValue(param) ?? []).Select(Parameters.ParsePair)
                    .GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
                CellTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                Only = parse.GetValue(only) ?? [],
                Preflights = setup.Preflights,
                ExtraSteps = parse.GetValue(notebooksOnly) ? [] : setup.Steps,
                WaitForLock = parse.GetValue(wait),
                Preload = setup.Preload,
                DataDirectory = setup.DataFolder,
                FontSample = setup.FontSample,
                AllowFontFallback = parse.GetValue(allowFontFallback),
                StandaloneFigures = parse.GetValue(standaloneFigures),
                Log = setup.Output,
                Error = setup.Error,
            };
            var result = await ReproduceRunner.RunAsync(options, ct);
            if (result.Outcome == RunOutcome.Cancelled)
            {
                return cancelledExitCode();
            }

            // The kernelspec of this very build, so `JUPYTER_PATH=artifacts/jupyter` finds it without an install.
            if (result.ExitCode != ExitCodes.Environment && Directory.Exists(options.ArtifactsPath))
            {
                JupyterCommand.KernelspecFor(setup.Identity).WriteTo(Path.Combine(options.ArtifactsPath, "jupyter", "kernels"));
            }

            return result.ExitCode;
        });
        return command;
    }
}
