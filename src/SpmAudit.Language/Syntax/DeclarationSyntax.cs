using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

public sealed record ImportSyntax(SourceSpan Span, string Path);

public sealed record ParameterSyntax(SourceSpan Span, string Name, TypeSyntax Type, ExpressionSyntax Value, string? Description);

public sealed record ScaleEntrySyntax(SourceSpan Span, string Status, decimal Points);

public sealed record GradeBandSyntax(SourceSpan Span, string Grade, decimal MinScore);

/// <summary>'cap "C" when any critical not met', or any outcome rule: 'cap "B" when score of 4 < 50'.</summary>
public sealed record GradeCapSyntax(SourceSpan Span, string Grade, OutcomeSyntax Condition);

public sealed record GradesSyntax(SourceSpan Span, ImmutableArray<GradeBandSyntax> Bands, ImmutableArray<GradeCapSyntax> Caps)
{
    /// <summary>'minimum coverage 60%': below it no grade is given. A fraction (0.6), as percentages are held.</summary>
    public decimal? MinimumCoverage { get; init; }

    public SourceSpan MinimumCoverageSpan { get; init; }
}

public sealed record EvidenceItemSyntax(
    SourceSpan Span,
    string Key,
    TypeSyntax Type,
    string? Question,
    string? Unit,
    decimal? Min,
    decimal? Max)
{
    public RequiredSyntax? Required { get; init; }

    public FreshnessSyntax? ValidFor { get; init; }

    /// <summary>Keys the item was asked under before, which packs may still use.</summary>
    public ImmutableArray<FormerKeySyntax> Formerly { get; init; } = [];
}

/// <summary>'formerly old.key { old_choice = new_choice }': a deprecated key of an evidence item.</summary>
public sealed record FormerKeySyntax(SourceSpan Span, string Key, ImmutableArray<ChoiceRenameSyntax> Choices);

/// <summary>One choice of the old key and the choice of the item it now reads as.</summary>
public sealed record ChoiceRenameSyntax(SourceSpan Span, string From, string To);
