namespace SpmAudit.Reporting.Rendering;

/// <summary>
/// Finds a template: first in the user's template directory, then among the built-in templates
/// embedded in this assembly. Names are plain file names; anything with a path is refused.
/// </summary>
internal sealed class TemplateSource(string? directory)
{
    public (string Path, string Text)? Find(string name)
    {
        if (name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        if (directory is not null)
        {
            var path = System.IO.Path.Combine(directory, name);
            if (File.Exists(path))
            {
                return (path, File.ReadAllText(path));
            }
        }

        using var stream = typeof(TemplateSource).Assembly.GetManifestResourceStream($"SpmAudit.Reporting.Templates.{name}");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return ($"<built-in>/{name}", reader.ReadToEnd());
    }
}
