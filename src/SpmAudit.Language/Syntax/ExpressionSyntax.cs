using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>A rule expression as written, before names and types are resolved. A closed hierarchy.</summary>
public abstract record ExpressionSyntax(SourceSpan Span);

public sealed record NumberLiteralSyntax(SourceSpan Span, decimal Value, bool IsPercent, string Text) : ExpressionSyntax(Span);

public sealed record StringLiteralSyntax(SourceSpan Span, string Value) : ExpressionSyntax(Span);

public sealed record DateLiteralSyntax(SourceSpan Span, DateOnly Value) : ExpressionSyntax(Span);

public sealed record BooleanLiteralSyntax(SourceSpan Span, bool Value) : ExpressionSyntax(Span);

/// <summary>A dotted name: an evidence key, a parameter, a let name, a lambda parameter's field or a choice.</summary>
public sealed record NameSyntax(SourceSpan Span, string Name) : ExpressionSyntax(Span);

public sealed record CallSyntax(SourceSpan Span, string Function, ImmutableArray<ExpressionSyntax> Arguments) : ExpressionSyntax(Span);

public sealed record LambdaSyntax(SourceSpan Span, string Parameter, ExpressionSyntax Body) : ExpressionSyntax(Span);

public sealed record UnarySyntax(SourceSpan Span, string Operator, ExpressionSyntax Operand) : ExpressionSyntax(Span);

public sealed record BinarySyntax(SourceSpan Span, string Operator, ExpressionSyntax Left, ExpressionSyntax Right) : ExpressionSyntax(Span);

public sealed record InSyntax(SourceSpan Span, ExpressionSyntax Value, ImmutableArray<ExpressionSyntax> Items, bool Negated) : ExpressionSyntax(Span);

public sealed record ConditionalSyntax(SourceSpan Span, ExpressionSyntax Condition, ExpressionSyntax Then, ExpressionSyntax Else) : ExpressionSyntax(Span);

public sealed record ParenthesizedSyntax(SourceSpan Span, ExpressionSyntax Inner) : ExpressionSyntax(Span);

/// <summary>'metric.dropout_by_cycle[last_cycle = 1]': the figure of one group of a grouped metric.</summary>
public sealed record SelectSyntax(SourceSpan Span, ExpressionSyntax Target, ImmutableArray<SelectionSyntax> Selections) : ExpressionSyntax(Span);

/// <summary>'last_cycle = 1' inside a group selector: a group column and the value it must have.</summary>
public sealed record SelectionSyntax(SourceSpan Span, string Column, ExpressionSyntax Value);
