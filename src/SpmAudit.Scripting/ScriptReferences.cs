using Microsoft.CodeAnalysis;

namespace SpmAudit.Scripting;

/// <summary>
/// The minimal references functions compile against: the core library and the assemblies of
/// collections and LINQ, from the running framework. The allow-list, not the reference set, is what
/// keeps the core library's files and threads out of reach.
/// </summary>
internal static class ScriptReferences
{
    private static readonly string[] Names = ["System.Private.CoreLib.dll", "System.Runtime.dll", "System.Collections.dll", "System.Linq.dll"];

    public static IReadOnlyList<MetadataReference> All { get; } = Load();

    private static MetadataReference[] Load()
    {
        var folder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return [.. Names.Select(n => MetadataReference.CreateFromFile(Path.Combine(folder, n)))];
    }
}
