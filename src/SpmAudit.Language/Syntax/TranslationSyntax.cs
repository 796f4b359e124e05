using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>Titles (and guidance) of nodes in another language, for reports in that language.</summary>
public sealed record TranslationSyntax(SourceSpan Span, string Language, ImmutableArray<TranslationEntrySyntax> Entries);

public sealed record TranslationEntrySyntax(SourceSpan Span, string NodeId, string Title, string? Guidance);
