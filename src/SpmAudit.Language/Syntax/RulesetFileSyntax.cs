using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>
/// One source file as parsed by either front end (DSL or YAML). Binding never looks
/// at where a file came from, which keeps the two front ends equivalent.
/// </summary>
public sealed record RulesetFileSyntax(
    string Path,
    HeaderSyntax? Header,
    ImmutableArray<ImportSyntax> Imports,
    ImmutableArray<ParameterSyntax> Parameters,
    ImmutableArray<ScaleEntrySyntax>? Scale,
    SourceSpan ScaleSpan,
    GradesSyntax? Grades,
    ImmutableArray<EvidenceItemSyntax> Evidence,
    ImmutableArray<NodeSyntax> Nodes);
