using System.Collections.Concurrent;
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

    private static readonly MethodInfo BothKnown = typeof(RuntimeValues).GetMethod(nameof(RuntimeValues.BothKnown))!;

    /// <summary>
    /// Each logical operator's results on every combination of <see cref="Truths"/> (a unary one's in
    /// column 0), from its catalog implementation: called once per operator, not per use in a rule.
    /// </summary>
    private static readonly ConcurrentDictionary<MethodInfo, double[,]> TruthTables = new();

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
                var negation = TruthTable(FunctionCatalog.Of(not.Operator).Runtime);
                EmitCondition(not.Operand, new Exits(exits.For(negation[0, 0]), exits.For(negation[1, 0]), exits.For(negation[2, 0])));
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
        _il.Emit(OpCodes.Call, BothKnown);
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
        var table = TruthTable(FunctionCatalog.Of(logical.Operator).RuntimeFor(typeof(double)));
        var right = _il.DefineLabel();
        var undecided = Enumerable.Range(0, Truths.Length).Where(l => Enumerable.Range(0, Truths.Length).Select(r => exits.For(table[l, r])).Distinct().Count() > 1).ToArray();
        var state = undecided.Length > 1 ? _locals.Rent(typeof(int)) : null;
        var leftLabels = new Label[Truths.Length];
        for (var l = 0; l < Truths.Length; l++)
        {
            leftLabels[l] = undecided.Contains(l) ? (state is null ? right : _il.DefineLabel()) : exits.For(table[l, 0]);
        }

        EmitCondition(logical.Left, new Exits(leftLabels[0], leftLabels[1], leftLabels[2]));
        if (state is not null)
        {
            foreach (var l in undecided)
            {
                _il.MarkLabel(leftLabels[l]);
                _il.Emit(OpCodes.Ldc_I4, l);
                _il.Emit(OpCodes.Stloc, state);
                _il.Emit(OpCodes.Br, right);
            }
        }

        _il.MarkLabel(right);
        var rightLabels = Enumerable.Range(0, Truths.Length).Select(r => RightExit(table, r, undecided, state, exits)).ToArray();
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
    /// Where the right side's value (index <paramref name="right"/> of <see cref="Truths"/>) leads:
    /// straight to an exit when every undecided left value gives the same one, else to a label that
    /// looks at the state.
    /// </summary>
    private (Label Label, (int State, Label Exit)[]? Targets) RightExit(double[,] table, int right, int[] undecided, LocalBuilder? state, Exits exits)
    {
        var targets = undecided.Select(left => (State: left, Exit: exits.For(table[left, right]))).ToArray();
        return state is null || targets.Select(t => t.Exit).Distinct().Count() == 1
            ? (targets[0].Exit, null)
            : (_il.DefineLabel(), targets);
    }

    private static double[,] TruthTable(MethodInfo run) => TruthTables.GetOrAdd(run, method =>
    {
        var unary = method.GetParameters().Length == 1;
        var table = new double[Truths.Length, Truths.Length];
        for (var l = 0; l < Truths.Length; l++)
        {
            for (var r = 0; r < Truths.Length; r++)
            {
                table[l, r] = (double)method.Invoke(null, unary ? [Truths[l]] : [Truths[l], Truths[r]])!;
            }
        }

        return table;
    });
}
