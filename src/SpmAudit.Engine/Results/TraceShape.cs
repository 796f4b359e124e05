using System.Collections.Immutable;
using SpmAudit.Language.Model;
using SpmAudit.Language.Printing;

namespace SpmAudit.Engine.Results;

/// <summary>
/// One sub-expression of a rule as its trace records it: the bound expression, its slot in
/// <see cref="TraceValues"/> and the sub-expressions it is computed from, in evaluation order.
/// The shapes are fixed per ruleset (built once when the rules are compiled); only the values
/// change from pack to pack. Lambda bodies are not traced: they run once per record.
/// </summary>
public sealed class TraceShape
{
    /// <summary>Texts of nested sub-expressions are cut here, so a trace of a long rule stays linear in its size.</summary>
    public const int ShortTextLength = 160;

    private string? _text;
    private string? _shortText;

    public TraceShape(int slot, BoundExpression expression, ImmutableArray<TraceShape> children)
    {
        Slot = slot;
        Expression = expression;
        Children = children;
    }

    public int Slot { get; }

    public BoundExpression Expression { get; }

    public ImmutableArray<TraceShape> Children { get; }

    public DataType Type => Expression.Type;

    /// <summary>The whole expression as DSL text (computed on first use).</summary>
    public string Text => _text ??= BoundExpressionPrinter.Print(Expression);

    /// <summary>The text cut to <see cref="ShortTextLength"/> characters.</summary>
    public string ShortText => _shortText ??= BoundExpressionPrinter.Print(Expression, ShortTextLength);

    /// <summary>'and' and 'or', whose false operands explain a failure better than the whole.</summary>
    public bool IsLogical => Expression is BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or };

    /// <summary>A literal written in the rule; its value needs no mention in a reason.</summary>
    public bool IsLiteral => Expression is BoundConstant;

    public EvidenceItem? Evidence => (Expression as BoundEvidence)?.Item;
}
