using System.Reflection.Emit;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

internal sealed partial class RuleEmitter
{
    /// <summary>
    /// One indicator, as docs/scoring.md states it: 'applies' missing is insufficient and false is
    /// not applicable; then 'met' true is met and missing insufficient; then each fallback (the
    /// partial rule, or the lower levels best first) true is partial and missing insufficient;
    /// else not met. <c>levels[i]</c> gets the 1-based position of the fallback that held.
    /// </summary>
    private void EmitIndicator(int index, IndicatorRule rule, RuleShape? shape)
    {
        if (!_tracing)
        {
            EmitIndicatorBranches(index, rule);
            return;
        }

        var done = _il.DefineLabel();
        var clause = 0;
        var value = _locals.Rent(typeof(double));
        if (rule.Applies is not null)
        {
            Emit(rule.Applies, shape?.Clauses[clause++].Expression);
            _il.Emit(OpCodes.Stloc, value);
            ExitWhenMissing(value, index, IndicatorStatus.InsufficientEvidence, done);
            ExitWhenEqual(value, 0, index, IndicatorStatus.NotApplicable, 0, done);
        }

        var lets = EmitLets(rule, shape, ref clause);
        Emit(rule.Met, shape?.Clauses[clause++].Expression);
        _il.Emit(OpCodes.Stloc, value);
        ExitWhenEqual(value, 1, index, IndicatorStatus.Met, 0, done);
        ExitWhenMissing(value, index, IndicatorStatus.InsufficientEvidence, done);
        var fallbacks = rule.FallbackConditions;
        for (var k = 0; k < fallbacks.Length; k++)
        {
            Emit(fallbacks[k], shape?.Clauses[clause++].Expression);
            _il.Emit(OpCodes.Stloc, value);
            ExitWhenEqual(value, 1, index, IndicatorStatus.Partial, k + 1, done);
            ExitWhenMissing(value, index, IndicatorStatus.InsufficientEvidence, done);
        }

        SetStatus(index, IndicatorStatus.NotMet);
        _il.MarkLabel(done);
        _locals.Return(value);
        lets.ForEach(_locals.Return);
    }

    /// <summary>The same decision, untraced: each clause jumps straight to the status it leads to.</summary>
    private void EmitIndicatorBranches(int index, IndicatorRule rule)
    {
        var done = _il.DefineLabel();
        var insufficient = _il.DefineLabel();
        var clause = 0;
        if (rule.Applies is not null)
        {
            var applies = _il.DefineLabel();
            var notApplicable = _il.DefineLabel();
            EmitCondition(rule.Applies, new Exits(applies, notApplicable, insufficient));
            Finish(notApplicable, index, IndicatorStatus.NotApplicable, 0, done);
            _il.MarkLabel(applies);
        }

        var lets = EmitLets(rule, null, ref clause);
        var met = _il.DefineLabel();
        var next = _il.DefineLabel();
        EmitCondition(rule.Met, new Exits(met, next, insufficient));
        Finish(met, index, IndicatorStatus.Met, 0, done);
        var fallbacks = rule.FallbackConditions;
        for (var k = 0; k < fallbacks.Length; k++)
        {
            _il.MarkLabel(next);
            var partial = _il.DefineLabel();
            next = _il.DefineLabel();
            EmitCondition(fallbacks[k], new Exits(partial, next, insufficient));
            Finish(partial, index, IndicatorStatus.Partial, k + 1, done);
        }

        Finish(next, index, IndicatorStatus.NotMet, 0, done);
        _il.MarkLabel(insufficient);
        SetStatus(index, IndicatorStatus.InsufficientEvidence);
        _il.MarkLabel(done);
        lets.ForEach(_locals.Return);
    }

    /// <summary>At <paramref name="at"/>: writes the status (and the level of a fallback that held), then leaves the indicator.</summary>
    private void Finish(Label at, int index, IndicatorStatus status, int level, Label done)
    {
        _il.MarkLabel(at);
        SetStatus(index, status);
        SetLevel(index, level);
        _il.Emit(OpCodes.Br, done);
    }

    private List<LocalBuilder> EmitLets(IndicatorRule rule, RuleShape? shape, ref int clause)
    {
        var lets = new List<LocalBuilder>(rule.Lets.Length);
        foreach (var let in rule.Lets)
        {
            var local = _locals.Rent(ClrType(let.Value.Type));
            Emit(let.Value, shape?.Clauses[clause++].Expression);
            _il.Emit(OpCodes.Stloc, local);
            _lets[let] = local;
            lets.Add(local);
        }

        return lets;
    }

    private void ExitWhenEqual(LocalBuilder value, double expected, int index, IndicatorStatus status, int level, Label done)
    {
        var skip = _il.DefineLabel();
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Ldc_R8, expected);
        _il.Emit(OpCodes.Bne_Un, skip);
        SetStatus(index, status);
        SetLevel(index, level);
        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(skip);
    }

    /// <summary>NaN is the one value not equal to itself.</summary>
    private void ExitWhenMissing(LocalBuilder value, int index, IndicatorStatus status, Label done)
    {
        var skip = _il.DefineLabel();
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Beq, skip);
        SetStatus(index, status);
        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(skip);
    }

    /// <summary><c>levels[index]</c>: the 1-based fallback that held; 0 (nothing written) for none.</summary>
    private void SetLevel(int index, int level)
    {
        if (level > 0)
        {
            _il.Emit(OpCodes.Ldarg_2);
            _il.Emit(OpCodes.Ldc_I4, index);
            _il.Emit(OpCodes.Ldc_I4, level);
            _il.Emit(OpCodes.Stelem_I1);
        }
    }

    private void SetStatus(int index, IndicatorStatus status)
    {
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldc_I4, index);
        _il.Emit(OpCodes.Ldc_I4, (int)status);
        _il.Emit(OpCodes.Stelem_I1);
    }
}
