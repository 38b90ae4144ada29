using System.Reflection;

namespace Notebooks.Runtime.Kernel;

/// <summary>
/// Assemblies referenced and namespaces imported before a notebook's first cell, so a notebook starts with its
/// analysis instead of #r lines naming a build folder. The composition root says which library; the runtime
/// always adds its own cell API.
/// </summary>
public sealed record KernelPreload(IReadOnlyList<string> AssemblyPaths, IReadOnlyList<string> Namespaces)
{
    public static KernelPreload None { get; } = new([], []);

    /// <summary>
    /// The given assemblies, every non-framework assembly they reference (the script compiler needs them to bind
    /// member types such as a chart's), and every namespace the given assemblies export.
    /// </summary>
    public static KernelPreload ForLibraries(params Assembly[] libraries)
    {
        var paths = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>(libraries);
        while (pending.Count > 0)
        {
            var assembly = pending.Dequeue();
            if (!seen.Add(assembly.GetName().Name ?? assembly.FullName ?? "") || !IsApplicationAssembly(assembly))
            {
                continue;
            }

            paths.Add(assembly.Location);
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (TryLoad(reference) is { } loaded)
                {
                    pending.Enqueue(loaded);
                }
            }
        }

        // The runtime's own assembly is referenced for its cell API only; its dependencies are the kernel's.
        paths.Add(typeof(Cells.Cell).Assembly.Location);
        var namespaces = libraries
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => t.Namespace)
            .OfType<string>()
            .Append(typeof(Cells.Cell).Namespace!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new KernelPreload(paths, namespaces);
    }

    /// <summary>The submission that performs the preload.</summary>
    public string ToSubmission()
    {
        var lines = AssemblyPaths.Select(p => $"#r \"{p.Replace("\\", "\\\\", StringComparison.Ordinal)}\"")
            .Concat(Namespaces.Select(n => $"using {n};"));
        return string.Join("\n", lines);
    }

    // Framework assemblies come with the kernel; only the application's own folder is referenced by path.
    private static bool IsApplicationAssembly(Assembly assembly) =>
        !assembly.IsDynamic && assembly.Location.Length > 0 &&
        Path.GetDirectoryName(assembly.Location) is { } folder &&
        string.Equals(Path.TrimEndingDirectorySeparator(folder), Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory), StringComparison.Ordinal);

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
