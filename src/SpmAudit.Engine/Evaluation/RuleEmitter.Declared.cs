using System.Reflection.Emit;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;
using SpmAudit.Language.Scripting;

namespace SpmAudit.Engine.Evaluation;

internal sealed partial class RuleEmitter
{
    /// <summary>
    /// A rule-language function, inlined: each argument is evaluated once (and traced as an operand
    /// of the call) into the local of its parameter, then the body runs over those locals.
    /// </summary>
    private void EmitInlined(InlinedFunction function, BoundCall call, TraceShape? shape)
    {
        var locals = new LocalBuilder[call.Arguments.Length];
        for (var i = 0; i < call.Arguments.Length; i++)
        {
            Emit(call.Arguments[i], Child(shape, i));
            locals[i] = _locals.Rent(ClrType(call.Arguments[i].Type));
            _il.Emit(OpCodes.Stloc, locals[i]);
            _lets[function.ParameterLets[i]] = locals[i];
        }

        Emit(function.Body, null);
        foreach (var local in locals)
        {
            _locals.Return(local);
        }
    }

    private readonly ScriptContext? _scripts;
    private int _indicator;

    /// <summary>
    /// A C# function: the arguments are evaluated into locals (they may branch), boxed into an array,
    /// and passed with the call site's number to <see cref="ScriptCalls"/>.
    /// </summary>
    private void EmitCSharpCall(CSharpFunction function, BoundCall call, TraceShape? shape)
    {
        var scripts = _scripts ?? throw new InvalidOperationException($"Function '{function.Name}' is C#, and the ruleset's scripts were not loaded.");
        var site = ScriptCalls.Register(new ScriptCallSite(
            scripts.Scripts[function.Name], FieldMaps(function.Declaration, call), _indicator, scripts.Ruleset.Indicators[_indicator].Id, call.Span));
        var locals = new LocalBuilder[call.Arguments.Length];
        for (var i = 0; i < call.Arguments.Length; i++)
        {
            Emit(call.Arguments[i], Child(shape, i));
            locals[i] = _locals.Rent(ClrType(call.Arguments[i].Type));
            _il.Emit(OpCodes.Stloc, locals[i]);
        }

        var array = _locals.Rent(typeof(object[]));
        _il.Emit(OpCodes.Ldc_I4, locals.Length);
        _il.Emit(OpCodes.Newarr, typeof(object));
        _il.Emit(OpCodes.Stloc, array);
        for (var i = 0; i < locals.Length; i++)
        {
            _il.Emit(OpCodes.Ldloc, array);
            _il.Emit(OpCodes.Ldc_I4, i);
            _il.Emit(OpCodes.Ldloc, locals[i]);
            if (locals[i].LocalType == typeof(double))
            {
                _il.Emit(OpCodes.Box, typeof(double));
            }

            _il.Emit(OpCodes.Stelem_Ref);
            _locals.Return(locals[i]);
        }

        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldc_I4, site);
        _il.Emit(OpCodes.Ldloc, array);
        var invoke = ClrType(call.Type) == typeof(string) ? nameof(ScriptCalls.InvokeText) : nameof(ScriptCalls.InvokeNumber);
        _il.Emit(OpCodes.Call, typeof(ScriptCalls).GetMethod(invoke)!);
        _locals.Return(array);
    }

    /// <summary>For each list argument, where each field the function declares sits in the records passed (lists may carry more fields).</summary>
    private static int[][] FieldMaps(RulesetFunction declaration, BoundCall call) =>
        [.. declaration.Parameters.Select((p, i) => p.Type.Kind == TypeKind.RecordList
            ? p.Type.Fields.Select(f => call.Arguments[i].Type.FieldIndex(f.Name)).ToArray()
            : [])];
}

/// <summary>The loaded C# functions of a ruleset, for the emitter to bind call sites to.</summary>
internal sealed record ScriptContext(LoadedScripts Scripts, Ruleset Ruleset);
