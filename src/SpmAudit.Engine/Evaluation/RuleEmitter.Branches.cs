using System.Reflection;
using System.Reflection.Emit;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

internal sealed partial class RuleEmitter
{
    /// <summary>Where a condition's code goes for each of its three values.</summary>
    private readonly record struct Exits(Label True, Label False, Label Missing)
    {
        public Label For(double value) =>
            RuntimeValues.IsMissing(value) ? Missing : value == RuntimeValues.True ? True : False;
    }

    /// <summary>The three values a condition can take, in the order of <see cref="Exits"/>.</summary>
    private static readonly double[] Truths = [RuntimeValues.True, RuntimeValues.False, RuntimeValues.Missing];

    /// <summary>
    /// Untraced code for a condition that jumps to one of three exits instead of computing 1, 0 or
    /// NaN and comparing it again. <c>and</c>, <c>or</c> and <c>not</c> become jumps whose targets
    /// come from the catalog's own implementation, called here on every combination of true,
    /// false and missing: the truth table is read from the one definition, never written again.
    /// Starts and ends on an empty stack.
    /// </summary>
    private void EmitCondition(BoundExpression condition, Exits exits)
    {
        switch (condition)
        {
            case BoundConstant { Type.Kind: TypeKind.Boolean } c:
                _il.Emit(OpCodes.Br, exits.For(RuntimeValues.FromModel(c.Type, c.Value)));
                break;
            case BoundUnary { Operator: UnaryOperator.Not } not:
                var run = FunctionCatalog.Of(not.Operator).Runtime;
                EmitCondition(not.Operand, new Exits(
                    exits.For(Call(run, RuntimeValues.True)), exits.For(Call(run, RuntimeValues.False)), exits.For(Call(run, RuntimeValues.Missing))));
                break;
            case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logical:
                EmitLogicalCondition(logical, exits);
                break;
            case BoundBinary comparison when IsScalar(comparison.Left.Type) && FunctionCatalog.Of(comparison.Operator).NumericRelation is { } holds:
                EmitRelation(comparison, holds, exits);
                break;
            default:
                var value = _locals.Rent(typeof(double));
                Emit(condition, null);
                _il.Emit(OpCodes.Stloc, value);
                BranchOn(value, exits);
                _locals.Return(value);
                break;
        }
    }

    /// <summary>Exactly the status rule's reading of a value: 1 is true, NaN missing, anything else false.</summary>
    private void BranchOn(LocalBuilder value, Exits exits)
    {
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Ldc_R8, RuntimeValues.True);
        _il.Emit(OpCodes.Beq, exits.True);
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Beq, exits.False);
        _il.Emit(OpCodes.Br, exits.Missing);
    }

    /// <summary>A comparison of numbers: missing unless both are known, then the relation decides.</summary>
    private void EmitRelation(BoundBinary comparison, MethodInfo holds, Exits exits)
    {
        var left = _locals.Rent(typeof(double));
        var right = _locals.Rent(typeof(double));
        EmitOperands([comparison.Left, comparison.Right], null, 0);
        _il.Emit(OpCodes.Stloc, right);
        _il.Emit(OpCodes.Stloc, left);
        _il.Emit(OpCodes.Ldloc, left);
        _il.Emit(OpCodes.Ldloc, right);
        _il.Emit(OpCodes.Call, typeof(RuntimeValues).GetMethod(nameof(RuntimeValues.BothKnown))!);
        _il.Emit(OpCodes.Brfalse, exits.Missing);
        _il.Emit(OpCodes.Ldloc, left);
        _il.Emit(OpCodes.Ldloc, right);
        _il.Emit(OpCodes.Call, holds);
        _il.Emit(OpCodes.Brtrue, exits.True);
        _il.Emit(OpCodes.Br, exits.False);
        _locals.Return(left);
        _locals.Return(right);
    }

    /// <summary>
    /// The left side jumps straight out when its value alone decides the result; otherwise the
    /// right side runs once, and where its exit depends on what the left side was, a small state
    /// local says which (so nested conditions never duplicate code).
    /// </summary>
    private void EmitLogicalCondition(BoundBinary logical, Exits exits)
    {
        var run = FunctionCatalog.Of(logical.Operator).RuntimeFor(typeof(double));
        var right = _il.DefineLabel();
        var undecided = Truths.Where(left => Truths.Select(r => exits.For(Call(run, left, r))).Distinct().Count() > 1).ToArray();
        var state = undecided.Length > 1 ? _locals.Rent(typeof(int)) : null;
        var leftLabels = new Label[Truths.Length];
        for (var k = 0; k < Truths.Length; k++)
        {
            leftLabels[k] = undecided.Contains(Truths[k]) ? (state is null ? right : _il.DefineLabel()) : exits.For(Call(run, Truths[k], RuntimeValues.True));
        }

        EmitCondition(logical.Left, new Exits(leftLabels[0], leftLabels[1], leftLabels[2]));
        if (state is not null)
        {
            foreach (var (left, k) in undecided.Select(l => (l, Array.IndexOf(Truths, l))))
            {
                _il.MarkLabel(leftLabels[k]);
                _il.Emit(OpCodes.Ldc_I4, k);
                _il.Emit(OpCodes.Stloc, state);
                _il.Emit(OpCodes.Br, right);
            }
        }

        _il.MarkLabel(right);
        var rightLabels = Truths.Select(r => RightExit(run, r, undecided, state, exits)).ToArray();
        EmitCondition(logical.Right, new Exits(rightLabels[0].Label, rightLabels[1].Label, rightLabels[2].Label));
        foreach (var (label, targets) in rightLabels.Where(l => l.Targets is not null))
        {
            _il.MarkLabel(label);
            for (var k = 0; k < targets!.Length - 1; k++)
            {
                _il.Emit(OpCodes.Ldloc, state!);
                _il.Emit(OpCodes.Ldc_I4, targets[k].State);
                _il.Emit(OpCodes.Beq, targets[k].Exit);
            }

            _il.Emit(OpCodes.Br, targets[^1].Exit);
        }

        if (state is not null)
        {
            _locals.Return(state);
        }
    }

    /// <summary>
    /// Where the right side's value <paramref name="right"/> leads: straight to an exit when every
    /// undecided left value gives the same one, else to a label that looks at the state.
    /// </summary>
    private (Label Label, (int State, Label Exit)[]? Targets) RightExit(MethodInfo run, double right, double[] undecided, LocalBuilder? state, Exits exits)
    {
        var targets = undecided.Select(left => (State: Array.IndexOf(Truths, left), Exit: exits.For(Call(run, left, right)))).ToArray();
        return state is null || targets.Select(t => t.Exit).Distinct().Count() == 1
            ? (targets[0].Exit, null)
            : (_il.DefineLabel(), targets);
    }

    private static double Call(MethodInfo run, params double[] arguments) =>
        (double)run.Invoke(null, [.. arguments.Cast<object>()])!;
}
