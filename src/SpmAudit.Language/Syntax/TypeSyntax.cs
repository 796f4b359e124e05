using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>A type as written: a simple name, 'one of (a, b)' or 'list of { field: type }'.</summary>
public sealed record TypeSyntax(
    SourceSpan Span,
    string Name,
    ImmutableArray<string> Choices,
    ImmutableArray<FieldSyntax> Fields);

public sealed record FieldSyntax(SourceSpan Span, string Name, TypeSyntax Type);
