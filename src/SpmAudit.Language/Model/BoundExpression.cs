using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Model;

/// <summary>
/// A type-checked rule expression with every name resolved. A closed hierarchy: the engine's
/// compiler switches over exactly these cases; operators and functions carry their meaning in
/// <see cref="Functions.FunctionCatalog"/>.
/// </summary>
public abstract record BoundExpression(DataType Type, SourceSpan Span);

/// <summary>A literal. Values: bool, double (numbers and percentages as fractions), string, DateOnly, or a choice name.</summary>
public sealed record BoundConstant(DataType Type, SourceSpan Span, object Value, string Text) : BoundExpression(Type, Span);

public sealed record BoundEvidence(SourceSpan Span, EvidenceItem Item) : BoundExpression(Item.Type, Span);

public sealed record BoundParameter(SourceSpan Span, Parameter Parameter) : BoundExpression(Parameter.Type, Span);

public sealed record BoundLetReference(SourceSpan Span, BoundLet Let) : BoundExpression(Let.Value.Type, Span);

/// <summary>The parameter of a lambda (<c>r</c> in <c>r => r.hours</c>): one record of a list.</summary>
public sealed record BoundRecordVariable(DataType Type, SourceSpan Span, string Name, int Depth) : BoundExpression(Type, Span);

public sealed record BoundField(DataType Type, SourceSpan Span, BoundExpression Record, string Field, int FieldIndex) : BoundExpression(Type, Span);

public sealed record BoundUnary(DataType Type, SourceSpan Span, UnaryOperator Operator, BoundExpression Operand) : BoundExpression(Type, Span);

public sealed record BoundBinary(DataType Type, SourceSpan Span, BinaryOperator Operator, BoundExpression Left, BoundExpression Right)
    : BoundExpression(Type, Span);

public sealed record BoundIn(SourceSpan Span, BoundExpression Value, ImmutableArray<BoundExpression> Items, bool Negated)
    : BoundExpression(DataType.Boolean, Span);

public sealed record BoundConditional(DataType Type, SourceSpan Span, BoundExpression Condition, BoundExpression Then, BoundExpression Else)
    : BoundExpression(Type, Span);

public sealed record BoundCall(DataType Type, SourceSpan Span, Functions.FunctionDefinition Function, ImmutableArray<BoundExpression> Arguments)
    : BoundExpression(Type, Span);

/// <summary>A lambda argument of a list function; <see cref="Variable"/> is bound inside <see cref="Body"/>.</summary>
public sealed record BoundLambda(SourceSpan Span, BoundRecordVariable Variable, BoundExpression Body) : BoundExpression(Body.Type, Span);

/// <summary>
/// 'metric.dropout_by_cycle[last_cycle = 1]': the <see cref="ValueField"/> of the one record of
/// <see cref="List"/> whose fields equal the selections (<see cref="Functions.GroupSelect"/>).
/// </summary>
public sealed record BoundSelect(DataType Type, SourceSpan Span, BoundExpression List, ImmutableArray<BoundSelection> Selections, int ValueField)
    : BoundExpression(Type, Span);

/// <summary>One 'column = value' of a selector: the record field it reads (by name and index) and the value it must equal.</summary>
public sealed record BoundSelection(string Field, int FieldIndex, BoundExpression Value);

public enum UnaryOperator
{
    Negate,
    Not,
}

public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    And,
    Or,
}
