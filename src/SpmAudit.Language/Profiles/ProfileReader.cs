using System.Collections.Immutable;
using System.Text;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Parsing.Yaml;

namespace SpmAudit.Language.Profiles;

/// <summary>Reads a profile file (YAML with a top-level 'profile' mapping) strictly, with positions.</summary>
internal static class ProfileReader
{
    private static readonly string[] TopLevel = ["profile", "without", "include", "exclude", "weights", "critical", "not_critical", "parameters", "grades", "guidance", "add"];

    /// <summary>True when the file is a YAML document whose root mapping has a 'profile' key.</summary>
    public static bool IsProfile(ISourceStore store, string fullPath) =>
        Path.GetExtension(fullPath).ToLowerInvariant() is ".yaml" or ".yml"
        && store.IsFile(fullPath)
        && TryText(store, fullPath) is { } text
        && text.Split('\n').Any(l => l.StartsWith("profile:", StringComparison.Ordinal));

    public static ProfileSyntax? Read(ISourceStore store, string fullPath, string display, DiagnosticBag diagnostics)
    {
        if (TryText(store, fullPath) is not { } text)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable(SourceSpan.None(display), display, "it cannot be opened."));
            return null;
        }

        return Read(text, display, diagnostics);
    }

    /// <summary>Unreadable files are not profiles; the loader then reports them as it does any unreadable source.</summary>
    private static string? TryText(ISourceStore store, string fullPath)
    {
        try
        {
            return Inputs.SourceText.Decode(store.Read(fullPath), fullPath, new DiagnosticBag());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static ProfileSyntax? Read(string text, string display, DiagnosticBag diagnostics)
    {
        if (YamlDocumentReader.Read(display, text, diagnostics) is not YamlMapping root)
        {
            return null;
        }

        var shape = new YamlShape(diagnostics);
        if (root["functions"] is { } functions)
        {
            // Said plainly rather than as an unknown key: functions belong to the base, which the profile's additions may call.
            diagnostics.Add(DiagnosticCatalog.ProfileDeclaresFunctions(functions.Span));
            root = new YamlMapping(root.Span, [.. root.Entries.Where(e => e.Key.Value != "functions")]);
        }

        shape.AllowOnly(root, "a profile", TopLevel);
        if (shape.Mapping(root["profile"], "'profile'") is not { } header)
        {
            return null;
        }

        shape.AllowOnly(header, "'profile'", "id", "title", "version", "base", "base_version");
        var id = shape.Required(header, "id", "'profile'");
        var title = shape.Required(header, "title", "'profile'");
        var basePath = shape.Required(header, "base", "'profile'");
        if (id is null || title is null || basePath is null)
        {
            return null;
        }

        return new ProfileSyntax(
            display, header.Span, id, title, shape.Text(header["version"], "'version'") ?? "0.0.0",
            basePath, shape.Text(header["base_version"], "'base_version'"), header["base"]!.Span,
            Patterns(shape, root["include"], "'include'"),
            Patterns(shape, root["exclude"], "'exclude'"),
            [.. (shape.Mapping(root["weights"], "'weights'")?.Entries ?? [])
                .Select(e => (e.Key.Value, Weight: shape.Number(e.Value, $"the weight of '{e.Key.Value}'"), e.Key.Span))
                .Where(e => e.Weight is not null)
                .Select(e => (e.Value, e.Weight!.Value, e.Span))],
            [.. Patterns(shape, root["critical"], "'critical'").Select(p => (p.Pattern, true, p.Span)),
             .. Patterns(shape, root["not_critical"], "'not_critical'").Select(p => (p.Pattern, false, p.Span))],
            [.. (shape.Mapping(root["parameters"], "'parameters'")?.Entries ?? [])
                .Select(e => (Name: e.Key.Value, Value: shape.Scalar(e.Value, $"parameter '{e.Key.Value}'")))
                .Where(e => e.Value is not null)
                .Select(e => (e.Name, e.Value!))],
            root["grades"],
            [.. (shape.Mapping(root["guidance"], "'guidance'")?.Entries ?? [])
                .Select(e => (e.Key.Value, Text: shape.Text(e.Value, $"the guidance of '{e.Key.Value}'"), e.Key.Span))
                .Where(e => e.Text is not null)
                .Select(e => (e.Value, e.Text!, e.Span))],
            Additions(shape, root["add"]))
        {
            Without = Patterns(shape, root["without"], "'without'"),
        };
    }

    private static ImmutableArray<(string Pattern, SourceSpan Span)> Patterns(YamlShape shape, YamlNode? node, string where) =>
        [.. (shape.Sequence(node, where)?.Items ?? []).Select(i => shape.Scalar(i, "an id or pattern")).OfType<YamlScalar>().Select(s => (s.Value, s.Span))];

    private static ImmutableArray<(string, YamlNode, SourceSpan)> Additions(YamlShape shape, YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<(string, YamlNode, SourceSpan)>();
        foreach (var item in shape.Sequence(node, "'add'")?.Items ?? [])
        {
            if (shape.Mapping(item, "an addition") is not { } addition)
            {
                continue;
            }

            shape.AllowOnly(addition, "an addition", "parent", "nodes");
            if (shape.Required(addition, "parent", "an addition") is { } parent && addition["nodes"] is { } nodes)
            {
                result.Add((parent, nodes, addition.Span));
            }
        }

        return result.ToImmutable();
    }
}
