using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

public sealed record HeaderSyntax(
    SourceSpan Span,
    string Id,
    string Title,
    string? Version,
    string? Follows,
    ImmutableArray<string> Levels,
    SourceSpan LevelsSpan,
    DateOnly? ValidFrom,
    DateOnly? ValidTo);
