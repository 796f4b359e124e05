using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Parsing.Yaml;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Profiles;

/// <summary>
/// A tailoring of a base ruleset (or of another profile): which branches to keep or drop, and what to
/// change in weights, criticality, parameters, grades and guidance, and which indicators to add.
/// </summary>
public sealed record ProfileSyntax(
    string Path,
    SourceSpan Span,
    string Id,
    string Title,
    string Version,
    string BasePath,
    string? BaseVersion,
    SourceSpan BaseSpan,
    ImmutableArray<(string Pattern, SourceSpan Span)> Include,
    ImmutableArray<(string Pattern, SourceSpan Span)> Exclude,
    ImmutableArray<(string Id, decimal Weight, SourceSpan Span)> Weights,
    ImmutableArray<(string Id, bool Critical, SourceSpan Span)> Criticality,
    ImmutableArray<(string Name, YamlScalar Value)> Parameters,
    YamlNode? Grades,
    ImmutableArray<(string Id, string Guidance, SourceSpan Span)> Guidance,
    ImmutableArray<(string Parent, YamlNode Nodes, SourceSpan Span)> Additions)
{
    /// <summary>Modules of the base to leave out whole, by path relative to the ruleset root.</summary>
    public ImmutableArray<(string Path, SourceSpan Span)> Without { get; init; } = [];
}
