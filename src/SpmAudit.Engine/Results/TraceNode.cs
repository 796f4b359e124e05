using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Results;

/// <summary>
/// One evaluated sub-expression of a rule: its text, type and value (null when missing), and the
/// evaluated sub-expressions it was computed from. A view over a shape and the recorded values.
/// </summary>
public sealed class TraceNode(TraceShape shape, TraceValues values)
{
    public TraceShape Shape => shape;

    public string Expression => shape.Text;

    /// <summary>The text cut for display inside another expression's trace.</summary>
    public string ShortExpression => shape.ShortText;

    public DataType Type => shape.Type;

    public EvidenceItem? Evidence => shape.Evidence;

    public bool IsLogical => shape.IsLogical;

    public bool IsLiteral => shape.IsLiteral;

    /// <summary>The value in its model form: bool, double, DateOnly, a choice's name, text or records; null when missing.</summary>
    public object? Value => Type.Kind switch
    {
        TypeKind.Text => values.Objects[shape.Slot] as string,
        TypeKind.RecordList => values.Objects[shape.Slot] is object?[][] records ? RuntimeValues.ModelRecords(Type, records) : null,
        _ => RuntimeValues.ToModel(Type, values.Numbers[shape.Slot]),
    };

    public bool IsMissing => Type.Kind is TypeKind.Text or TypeKind.RecordList
        ? values.Objects[shape.Slot] is null
        : RuntimeValues.IsMissing(values.Numbers[shape.Slot]);

    public bool? AsBoolean => Type.Kind == TypeKind.Boolean && !IsMissing ? values.Numbers[shape.Slot] == RuntimeValues.True : null;

    /// <summary>The sub-expressions that were evaluated, in order (an operand a decided 'and'/'or' skipped is left out).</summary>
    public IEnumerable<TraceNode> Children
    {
        get
        {
            foreach (var child in shape.Children)
            {
                if (values.Evaluated[child.Slot])
                {
                    yield return new TraceNode(child, values);
                }
            }
        }
    }
}
