using System.Collections.Immutable;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Binding;

/// <summary>Lists the evidence items an indicator's rule reads, in order of first appearance.</summary>
internal static class EvidenceReads
{
    public static ImmutableArray<EvidenceItem> Collect(IEnumerable<BoundExpression?> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<EvidenceItem>();
        foreach (var root in roots)
        {
            if (root is not null)
            {
                Visit(root, seen, result);
            }
        }

        return result.ToImmutable();
    }

    private static void Visit(BoundExpression expression, HashSet<string> seen, ImmutableArray<EvidenceItem>.Builder result)
    {
        switch (expression)
        {
            case BoundEvidence e when seen.Add(e.Item.Key):
                result.Add(e.Item);
                break;
            case BoundUnary u:
                Visit(u.Operand, seen, result);
                break;
            case BoundBinary b:
                Visit(b.Left, seen, result);
                Visit(b.Right, seen, result);
                break;
            case BoundIn i:
                Visit(i.Value, seen, result);
                foreach (var item in i.Items)
                {
                    Visit(item, seen, result);
                }

                break;
            case BoundConditional c:
                Visit(c.Condition, seen, result);
                Visit(c.Then, seen, result);
                Visit(c.Else, seen, result);
                break;
            case BoundCall call:
                foreach (var argument in call.Arguments)
                {
                    Visit(argument, seen, result);
                }

                break;
            case BoundLambda lambda:
                Visit(lambda.Body, seen, result);
                break;
            case BoundSelect select:
                Visit(select.List, seen, result);
                foreach (var selection in select.Selections)
                {
                    Visit(selection.Value, seen, result);
                }

                break;
            case BoundField field:
                Visit(field.Record, seen, result);
                break;
        }
    }
}
