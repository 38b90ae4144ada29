using Notebooks.Runtime.Charts;

namespace Workspace.Testing;

/// <summary>
/// Whether this machine can run the browser tests. Without Chromium they are skipped with the install message, and
/// the one test <c>Chromium_is_installed_for_the_browser_tests</c> fails with it: the test command says once what to
/// install instead of failing every browser test with its own stack trace.
/// </summary>
public static class BrowserRequirement
{
    public static string? Missing { get; } = ChromiumLocator.TryFind() is null
        ? $"needs Chromium, which is not installed (see Chromium_is_installed_for_the_browser_tests). {BrowserNotFoundException.InstallHint}"
        : null;
}

/// <summary>A fact that needs Chromium (see <see cref="BrowserRequirement"/>).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserRequirement.Missing is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs Chromium (see <see cref="BrowserRequirement"/>).</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserRequirement.Missing is { } reason)
        {
            Skip = reason;
        }
    }
}
