using System.Reflection.Emit;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

internal sealed partial class RuleEmitter
{
    /// <summary>
    /// and / or: the left side first; when the operator's <c>DecidedBy</c> says it fixes the result,
    /// that is the result and the right side is not evaluated; otherwise the three-valued <c>Run</c>.
    /// A traced evaluation takes both sides (Run gives the same value), so that a reason can name
    /// every condition that fails, not only the first.
    /// </summary>
    private void EmitLogical(BoundBinary logical, TraceShape? shape)
    {
        if (_tracing)
        {
            EmitOperands([logical.Left, logical.Right], shape, 0);
            _il.Emit(OpCodes.Call, FunctionCatalog.Of(logical.Operator).RuntimeFor(typeof(double)));
            return;
        }

        var definition = (LogicalOperator)FunctionCatalog.Of(logical.Operator);
        var left = _locals.Rent(typeof(double));
        var right = _locals.Rent(typeof(double));
        var evaluateRight = _il.DefineLabel();
        var end = _il.DefineLabel();
        Emit(logical.Left, Child(shape, 0));
        _il.Emit(OpCodes.Stloc, left);
        _il.Emit(OpCodes.Ldloc, left);
        _il.Emit(OpCodes.Call, definition.Decides);
        _il.Emit(OpCodes.Brfalse, evaluateRight);
        _il.Emit(OpCodes.Ldloc, left);
        _il.Emit(OpCodes.Br, end);
        _il.MarkLabel(evaluateRight);
        Emit(logical.Right, Child(shape, 1));
        _il.Emit(OpCodes.Stloc, right);
        _il.Emit(OpCodes.Ldloc, left);
        _il.Emit(OpCodes.Ldloc, right);
        _il.Emit(OpCodes.Call, definition.RuntimeFor(typeof(double)));
        _il.MarkLabel(end);
        _locals.Return(left);
        _locals.Return(right);
    }

    /// <summary>x in [a, b, …]: <see cref="In.Step"/> over the equalities, stopping once one holds (untraced).</summary>
    private void EmitIn(BoundIn bound, TraceShape? shape)
    {
        var clr = ClrType(bound.Value.Type);
        var equal = FunctionCatalog.Of(BinaryOperator.Equal).RuntimeFor(clr);
        var value = _locals.Rent(clr);
        var found = _locals.Rent(typeof(double));
        var item = _locals.Rent(clr);
        var end = _il.DefineLabel();
        Emit(bound.Value, Child(shape, 0));
        _il.Emit(OpCodes.Stloc, value);
        _il.Emit(OpCodes.Ldc_R8, In.Start);
        _il.Emit(OpCodes.Stloc, found);
        for (var k = 0; k < bound.Items.Length; k++)
        {
            if (!_tracing)
            {
                // Traced evaluations take every item, so the trace shows each one's value.
                _il.Emit(OpCodes.Ldloc, found);
                _il.Emit(OpCodes.Call, typeof(Or).GetMethod(nameof(Or.DecidedBy))!);
                _il.Emit(OpCodes.Brtrue, end);
            }

            Emit(bound.Items[k], Child(shape, k + 1));
            _il.Emit(OpCodes.Stloc, item);
            _il.Emit(OpCodes.Ldloc, found);
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(OpCodes.Ldloc, item);
            _il.Emit(OpCodes.Call, equal);
            _il.Emit(OpCodes.Call, typeof(In).GetMethod(nameof(In.Step))!);
            _il.Emit(OpCodes.Stloc, found);
        }

        _il.MarkLabel(end);
        _il.Emit(OpCodes.Ldloc, found);
        if (bound.Negated)
        {
            _il.Emit(OpCodes.Call, FunctionCatalog.Of(UnaryOperator.Not).Runtime);
        }

        _locals.Return(value);
        _locals.Return(found);
        _locals.Return(item);
    }

    /// <summary>if c then a else b: <see cref="Conditional.Branch"/> picks the branch; a missing condition gives missing.</summary>
    private void EmitConditional(BoundConditional conditional, TraceShape? shape)
    {
        var then = _il.DefineLabel();
        var otherwise = _il.DefineLabel();
        var end = _il.DefineLabel();
        Emit(conditional.Condition, Child(shape, 0));
        _il.Emit(OpCodes.Call, typeof(Conditional).GetMethod(nameof(Conditional.Branch))!);
        _il.Emit(OpCodes.Switch, [then, otherwise]);
        PushMissing(conditional.Type);
        _il.Emit(OpCodes.Br, end);
        _il.MarkLabel(then);
        Emit(conditional.Then, Child(shape, 1));
        _il.Emit(OpCodes.Br, end);
        _il.MarkLabel(otherwise);
        Emit(conditional.Else, Child(shape, 2));
        _il.MarkLabel(end);
    }

    /// <summary>A function of single values; a repeated last parameter folds left to right (one argument is the result itself).</summary>
    private void EmitScalarCall(ScalarFunction function, BoundCall call, TraceShape? shape)
    {
        var arguments = call.Arguments;
        if (!function.Parameters[^1].Repeated)
        {
            EmitOperands(arguments, shape, 0);
            _il.Emit(OpCodes.Call, function.RuntimeFor(ClrType(arguments[0].Type)));
            return;
        }

        var method = function.RuntimeFor(typeof(double));
        Emit(arguments[0], Child(shape, 0));
        for (var k = 1; k < arguments.Length; k++)
        {
            EmitNextOperand(arguments[k], Child(shape, k));
            _il.Emit(OpCodes.Call, method);
        }
    }

    /// <summary>With one scalar already on the stack, pushes the next one (through a local when it branches).</summary>
    private void EmitNextOperand(BoundExpression operand, TraceShape? shape)
    {
        if (!HasBranches(operand))
        {
            Emit(operand, shape);
            return;
        }

        var before = _locals.Rent(typeof(double));
        var next = _locals.Rent(typeof(double));
        _il.Emit(OpCodes.Stloc, before);
        Emit(operand, shape);
        _il.Emit(OpCodes.Stloc, next);
        _il.Emit(OpCodes.Ldloc, before);
        _il.Emit(OpCodes.Ldloc, next);
        _locals.Return(before);
        _locals.Return(next);
    }

    /// <summary>
    /// A list function: a missing list is missing; otherwise the aggregator's state is started,
    /// stepped with the lambda's value for each record (1, true, without a lambda) until it says
    /// the result is decided, and finished. The lambda's body runs per record and is not traced.
    /// </summary>
    private void EmitAggregate(AggregateFunction function, BoundCall call, TraceShape? shape)
    {
        var list = _locals.Rent(typeof(object?[][]));
        var state = _locals.Rent(function.State);
        var index = _locals.Rent(typeof(int));
        var record = _locals.Rent(typeof(object?[]));
        var value = _locals.Rent(typeof(double));
        var present = _il.DefineLabel();
        var loop = _il.DefineLabel();
        var finish = _il.DefineLabel();
        var end = _il.DefineLabel();

        Emit(call.Arguments[0], Child(shape, 0));
        _il.Emit(OpCodes.Stloc, list);
        _il.Emit(OpCodes.Ldloc, list);
        _il.Emit(OpCodes.Brtrue, present);
        _il.Emit(OpCodes.Ldc_R8, RuntimeValues.Missing);
        _il.Emit(OpCodes.Br, end);

        _il.MarkLabel(present);
        _il.Emit(OpCodes.Call, function.Start);
        _il.Emit(OpCodes.Stloc, state);
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Stloc, index);
        _il.MarkLabel(loop);
        _il.Emit(OpCodes.Ldloc, index);
        _il.Emit(OpCodes.Ldloc, list);
        _il.Emit(OpCodes.Ldlen);
        _il.Emit(OpCodes.Conv_I4);
        _il.Emit(OpCodes.Bge, finish);
        if (call.Arguments.Length > 1)
        {
            var lambda = (BoundLambda)call.Arguments[1];
            _il.Emit(OpCodes.Ldloc, list);
            _il.Emit(OpCodes.Ldloc, index);
            _il.Emit(OpCodes.Ldelem_Ref);
            _il.Emit(OpCodes.Stloc, record);
            _records[lambda.Variable] = record;
            Emit(lambda.Body, null);
        }
        else
        {
            _il.Emit(OpCodes.Ldc_R8, RuntimeValues.True);
        }

        _il.Emit(OpCodes.Stloc, value);
        _il.Emit(OpCodes.Ldloca, state);
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Call, function.Next);
        _il.Emit(OpCodes.Brfalse, finish);
        _il.Emit(OpCodes.Ldloc, index);
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Stloc, index);
        _il.Emit(OpCodes.Br, loop);

        _il.MarkLabel(finish);
        _il.Emit(OpCodes.Ldloca, state);
        _il.Emit(OpCodes.Call, function.Finish);
        _il.MarkLabel(end);
        foreach (var local in new[] { list, state, index, record, value })
        {
            _locals.Return(local);
        }
    }
}
