using System.Collections.Immutable;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Explanation;

/// <summary>
/// One evaluated sub-expression of a rule: its text, type and value (null when missing), and the
/// sub-expressions it was computed from. Evidence leaves carry the item they read.
/// </summary>
public sealed record TraceNode(string Expression, DataType Type, object? Value, ImmutableArray<TraceNode> Children, EvidenceItem? Evidence = null)
{
    /// <summary>True for 'and' / 'or' nodes, whose false children explain a failure better than the node itself.</summary>
    public bool IsLogical { get; init; }

    /// <summary>A literal written in the rule; its value needs no mention in a reason.</summary>
    public bool IsLiteral { get; init; }

    public bool IsMissing => Value is null;

    public bool? AsBoolean => Value as bool?;
}
