using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>One node of the hierarchy as written; indicators are the nodes with a score block.</summary>
public sealed record NodeSyntax(
    SourceSpan Span,
    string Level,
    string Id,
    string Title,
    decimal? Weight,
    bool Critical,
    string? Guidance,
    ExpressionSyntax? Applies,
    ImmutableArray<LetSyntax> Lets,
    ImmutableArray<ScoreRuleSyntax>? Score,
    ImmutableArray<NodeSyntax> Children)
{
    /// <summary>'required [for …]': the indicators of this node must have evidence for a grade to be given.</summary>
    public RequiredSyntax? Required { get; init; }
}

public sealed record LetSyntax(SourceSpan Span, string Name, ExpressionSyntax Value);

public sealed record ScoreRuleSyntax(SourceSpan Span, string Status, ExpressionSyntax Condition);
