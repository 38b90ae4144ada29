namespace Notebooks.Runtime.Cli;

internal static class RepositoryRoot
{
    /// <summary>The nearest ancestor of <paramref name="start"/> (or itself) containing global.json.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
