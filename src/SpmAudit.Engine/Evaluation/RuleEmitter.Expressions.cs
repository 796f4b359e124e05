using System.Reflection.Emit;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

internal sealed partial class RuleEmitter
{
    private readonly Dictionary<BoundExpression, bool> _branches = new(ReferenceEqualityComparer.Instance);

    /// <summary>Emits code leaving the expression's run-time value on the stack; with a shape, also records it in the trace.</summary>
    private void Emit(BoundExpression expression, TraceShape? shape)
    {
        switch (expression)
        {
            case BoundConstant c:
                Constant(c.Type, c.Value);
                break;
            case BoundParameter p:
                Constant(p.Type, p.Parameter.Value);
                break;
            case BoundEvidence e:
                ReadEvidence(e.Item);
                break;
            case BoundLetReference l:
                _il.Emit(OpCodes.Ldloc, _lets[l.Let]);
                break;
            case BoundRecordVariable v:
                _il.Emit(OpCodes.Ldloc, _records[v]);
                break;
            case BoundField f:
                Emit(f.Record, null);
                _il.Emit(OpCodes.Ldc_I4, f.FieldIndex);
                _il.Emit(OpCodes.Ldelem_Ref);
                _il.Emit(OpCodes.Call, f.Type.Kind == TypeKind.Text ? typeof(RuntimeValues).GetMethod(nameof(RuntimeValues.TextField))! : typeof(RuntimeValues).GetMethod(nameof(RuntimeValues.Field))!);
                break;
            case BoundUnary u:
                Emit(u.Operand, Child(shape, 0));
                _il.Emit(OpCodes.Call, FunctionCatalog.Of(u.Operator).Runtime);
                break;
            case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logical:
                EmitLogical(logical, shape);
                break;
            case BoundBinary b:
                EmitOperands([b.Left, b.Right], shape, 0);
                _il.Emit(OpCodes.Call, FunctionCatalog.Of(b.Operator).RuntimeFor(ClrType(b.Left.Type)));
                break;
            case BoundIn i:
                EmitIn(i, shape);
                break;
            case BoundConditional c:
                EmitConditional(c, shape);
                break;
            case BoundCall { Function: AggregateFunction aggregate } call:
                EmitAggregate(aggregate, call, shape);
                break;
            case BoundCall { Function: ScalarFunction scalar } call:
                EmitScalarCall(scalar, call, shape);
                break;
            case BoundCall { Function: InlinedFunction inlined } call:
                EmitInlined(inlined, call, shape);
                break;
            case BoundCall { Function: CSharpFunction csharp } call:
                EmitCSharpCall(csharp, call, shape);
                break;
            case BoundSelect select:
                EmitSelect(select, shape);
                break;
            default:
                throw new InvalidOperationException($"Cannot compile {expression.GetType().Name}.");
        }

        if (_tracing && shape is not null)
        {
            Record(shape);
        }
    }

    private static TraceShape? Child(TraceShape? shape, int index) => shape?.Children[index];

    /// <summary>Whether the expression's code branches or loops (and so must start on an empty stack).</summary>
    private bool HasBranches(BoundExpression expression)
    {
        if (_branches.TryGetValue(expression, out var known))
        {
            return known;
        }

        var branches = expression switch
        {
            BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } or BoundIn or BoundConditional => true,
            BoundCall { Function: AggregateFunction or DeclaredFunction } => true,
            BoundField => false,
            _ => TracePlan.TracedChildren(expression).Any(HasBranches),
        };
        _branches[expression] = branches;
        return branches;
    }

    /// <summary>Leaves the operands on the stack in order; when a later one branches, the earlier ones wait in locals.</summary>
    private void EmitOperands(IReadOnlyList<BoundExpression> operands, TraceShape? shape, int firstChild)
    {
        if (!operands.Skip(1).Any(HasBranches))
        {
            for (var i = 0; i < operands.Count; i++)
            {
                Emit(operands[i], Child(shape, firstChild + i));
            }

            return;
        }

        var spilled = new LocalBuilder[operands.Count];
        for (var i = 0; i < operands.Count; i++)
        {
            Emit(operands[i], Child(shape, firstChild + i));
            spilled[i] = _locals.Rent(ClrType(operands[i].Type));
            _il.Emit(OpCodes.Stloc, spilled[i]);
        }

        foreach (var local in spilled)
        {
            _il.Emit(OpCodes.Ldloc, local);
            _locals.Return(local);
        }
    }

    private void Constant(DataType type, object value)
    {
        if (type.Kind == TypeKind.Text)
        {
            _il.Emit(OpCodes.Ldstr, (string)value);
        }
        else
        {
            _il.Emit(OpCodes.Ldc_R8, RuntimeValues.FromModel(type, value));
        }
    }

    private void PushMissing(DataType type)
    {
        if (IsScalar(type))
        {
            _il.Emit(OpCodes.Ldc_R8, RuntimeValues.Missing);
        }
        else
        {
            _il.Emit(OpCodes.Ldnull);
        }
    }

    private void ReadEvidence(EvidenceItem item)
    {
        var clr = ClrType(item.Type);
        _il.Emit(OpCodes.Ldloc, clr == typeof(double) ? _numbers : _objects);
        _il.Emit(OpCodes.Ldc_I4, item.Ordinal);
        if (clr == typeof(double))
        {
            _il.Emit(OpCodes.Ldelem_R8);
            return;
        }

        _il.Emit(OpCodes.Ldelem_Ref);
        _il.Emit(OpCodes.Castclass, clr);
    }

    /// <summary>Stores the value on the stack in the shape's slot and marks it evaluated; the value stays on the stack.</summary>
    private void Record(TraceShape shape)
    {
        var clr = ClrType(shape.Type);
        var scalar = clr == typeof(double);
        var value = _locals.Rent(scalar ? typeof(double) : typeof(object));
        _il.Emit(OpCodes.Stloc, value);
        _il.Emit(OpCodes.Ldloc, scalar ? _traceNumbers! : _traceObjects!);
        _il.Emit(OpCodes.Ldc_I4, shape.Slot);
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(scalar ? OpCodes.Stelem_R8 : OpCodes.Stelem_Ref);
        _il.Emit(OpCodes.Ldloc, _traceEvaluated!);
        _il.Emit(OpCodes.Ldc_I4, shape.Slot);
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Stelem_I1);
        _il.Emit(OpCodes.Ldloc, value);
        if (!scalar)
        {
            _il.Emit(OpCodes.Castclass, clr);
        }

        _locals.Return(value);
    }
}
