using System.Reflection.Emit;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

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

    private void EmitCSharpCall(CSharpFunction function, BoundCall call, TraceShape? shape) =>
        throw new NotSupportedException(function.Name);
}
