using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;

namespace SpmAudit.Reporting.Rendering;

/// <summary>
/// Finds a template: first in the user's template folder, then among the built-in templates
/// embedded in this assembly. Names are plain file names; anything with a path is refused. A file
/// of the folder is read like every other input: a regular file within the size limit, in UTF-8,
/// and only when its real path (links resolved) is inside the folder.
/// </summary>
internal sealed class TemplateSource(string? directory)
{
    /// <summary>The template, null when no source has it; a refused file throws <see cref="TemplateRefusedException"/>.</summary>
    public (string Path, string Text)? Find(string name)
    {
        if (name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        if (directory is not null && ReadFromFolder(directory, name) is { } own)
        {
            return own;
        }

        using var stream = typeof(TemplateSource).Assembly.GetManifestResourceStream($"SpmAudit.Reporting.Templates.{name}");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return ($"<built-in>/{name}", reader.ReadToEnd());
    }

    private static (string Path, string Text)? ReadFromFolder(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        // File.Exists is true for a FIFO or a device too, so those reach InputText and are refused there.
        if (!File.Exists(path))
        {
            return null;
        }

        var at = new SourceSpan(path, 0, 0);
        if (!RealPath.IsInside(path, folder))
        {
            throw new TemplateRefusedException([DiagnosticCatalog.TemplateOutsideFolder(at, name)]);
        }

        var diagnostics = new DiagnosticBag();
        return InputText.Read(path, path, at, diagnostics) is { } text
            ? (path, text)
            : throw new TemplateRefusedException(diagnostics.ToSortedArray());
    }
}

/// <summary>A template file of the user's folder that may not be read, with the diagnostics that say why.</summary>
internal sealed class TemplateRefusedException(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics) : Exception("The template is refused.")
{
    public System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;
}
