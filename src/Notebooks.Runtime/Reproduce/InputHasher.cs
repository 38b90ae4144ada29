using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Notebooks.Runtime.Files;

namespace Notebooks.Runtime.Reproduce;

/// <summary>
/// The input hash of a notebook: its bytes, every file of the workspace's data folder, the host's assemblies (by module version id, which
/// deterministic builds derive from content), the assemblies a notebook #r's by path, the parameters and the settings
/// that change outputs.
/// </summary>
internal static class InputHasher
{
    public const string FormatVersion = "notebooks-runtime/1";

    /// <summary>Hash of the environment shared by all notebooks of a run (data files and host assemblies).</summary>
    public static string EnvironmentHash(string? dataDirectory, IEnumerable<string> assemblyDirectories)
    {
        using var hash = new ContentHash();
        hash.Add(FormatVersion);
        if (dataDirectory is not null && Directory.Exists(dataDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories)
                         .Select(f => (Full: f, Relative: Path.GetRelativePath(dataDirectory, f).Replace('\\', '/')))
                         .OrderBy(f => f.Relative, StringComparer.Ordinal))
            {
                hash.Add("data:" + file.Relative);
                hash.Add(File.ReadAllBytes(file.Full));
            }
        }

        foreach (var directory in assemblyDirectories.Where(Directory.Exists).Distinct())
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.dll").Order(StringComparer.Ordinal))
            {
                hash.Add("asm:" + Path.GetFileName(file) + ":" + ModuleVersion(file));
            }
        }

        return hash.Finish();
    }

    public static string NotebookHash(string environmentHash, string notebookRelativePath, byte[] notebookBytes,
        IEnumerable<string> referencedAssemblies, IReadOnlyDictionary<string, string> parameters, string settings)
    {
        using var hash = new ContentHash();
        hash.Add(environmentHash);
        hash.Add("notebook:" + notebookRelativePath.Replace('\\', '/'));
        hash.Add(notebookBytes);
        foreach (var assembly in referencedAssemblies.Order(StringComparer.Ordinal))
        {
            hash.Add("ref:" + Path.GetFileName(assembly) + ":" + (File.Exists(assembly) ? ModuleVersion(assembly) : "missing"));
        }

        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            hash.Add($"param:{name}={value}");
        }

        hash.Add("settings:" + settings);
        return hash.Finish();
    }

    /// <summary>The module version id of a managed assembly, or the SHA-256 of the file when it has no metadata.</summary>
    public static string ModuleVersion(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (pe.HasMetadata)
            {
                var reader = pe.GetMetadataReader();
                return reader.GetGuid(reader.GetModuleDefinition().Mvid).ToString("N");
            }
        }
        catch (BadImageFormatException)
        {
        }

        return ContentHash.OfFile(path);
    }
}
