using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

internal sealed partial class ExpressionBinder
{
    private static readonly Dictionary<string, BuiltinFunction> Functions = new(StringComparer.Ordinal)
    {
        ["ratio"] = BuiltinFunction.Ratio,
        ["min"] = BuiltinFunction.Min,
        ["max"] = BuiltinFunction.Max,
        ["abs"] = BuiltinFunction.Abs,
        ["count"] = BuiltinFunction.Count,
        ["sum"] = BuiltinFunction.Sum,
        ["avg"] = BuiltinFunction.Avg,
        ["any"] = BuiltinFunction.Any,
        ["all"] = BuiltinFunction.All,
        ["days_between"] = BuiltinFunction.DaysBetween,
        ["known"] = BuiltinFunction.Known,
    };

    public static IEnumerable<string> FunctionNames => Functions.Keys;

    private BoundExpression BindCall(CallSyntax call, BindingScope scope)
    {
        if (!Functions.TryGetValue(call.Function, out var function))
        {
            foreach (var argument in call.Arguments.Where(a => a is not LambdaSyntax))
            {
                Bind(argument, scope);
            }

            return Fail(call.Span, DiagnosticCatalog.UnknownFunction(call.Span, call.Function, Suggestions.Closest(call.Function, Functions.Keys)));
        }

        return function switch
        {
            BuiltinFunction.Ratio => Numeric(call, scope, function, 2, 2, DataType.Percentage),
            BuiltinFunction.Min or BuiltinFunction.Max => Numeric(call, scope, function, 1, int.MaxValue, null),
            BuiltinFunction.Abs => Numeric(call, scope, function, 1, 1, null),
            BuiltinFunction.DaysBetween => DaysBetween(call, scope),
            BuiltinFunction.Known => Known(call, scope),
            _ => ListFunction(call, scope, function),
        };
    }

    private BoundExpression Numeric(CallSyntax call, BindingScope scope, BuiltinFunction function, int min, int max, DataType? result)
    {
        if (!CheckCount(call, min, max, min == max ? $"{min}" : $"at least {min}"))
        {
            return new BoundConstant(DataType.Error, call.Span, 0d, "error");
        }

        var arguments = BindArguments(call, scope);
        for (var i = 0; i < arguments.Length; i++)
        {
            RequireType(call, arguments[i], i + 1, t => t.IsNumeric, "a number");
        }

        var type = result
            ?? (arguments.All(a => a.Type.Kind == TypeKind.Percentage) ? DataType.Percentage
            : arguments.All(a => a.Type.Kind == TypeKind.Integer) ? DataType.Integer : DataType.Number);
        return new BoundCall(type, call.Span, function, arguments);
    }

    private BoundExpression DaysBetween(CallSyntax call, BindingScope scope)
    {
        if (!CheckCount(call, 2, 2, "2"))
        {
            return new BoundConstant(DataType.Error, call.Span, 0d, "error");
        }

        var arguments = BindArguments(call, scope);
        for (var i = 0; i < arguments.Length; i++)
        {
            RequireType(call, arguments[i], i + 1, t => t.Kind == TypeKind.Date, "a date");
        }

        return new BoundCall(DataType.Integer, call.Span, BuiltinFunction.DaysBetween, arguments);
    }

    private BoundExpression Known(CallSyntax call, BindingScope scope)
    {
        if (!CheckCount(call, 1, 1, "1"))
        {
            return new BoundConstant(DataType.Error, call.Span, false, "error");
        }

        return new BoundCall(DataType.Boolean, call.Span, BuiltinFunction.Known, BindArguments(call, scope));
    }

    /// <summary>count(list), count(list, r => cond), sum/avg(list, r => number), any/all(list, r => cond).</summary>
    private BoundExpression ListFunction(CallSyntax call, BindingScope scope, BuiltinFunction function)
    {
        var lambdaRequired = function != BuiltinFunction.Count;
        var count = call.Arguments.Length;
        if (count == 0 || count > 2 || (lambdaRequired && count != 2) || (count == 2 && call.Arguments[1] is not LambdaSyntax))
        {
            return Fail(call.Span, DiagnosticCatalog.LambdaMisuse(call.Span, call.Function));
        }

        var list = Bind(call.Arguments[0], scope);
        if (!list.Type.IsError && list.Type.Kind != TypeKind.RecordList)
        {
            diagnostics.Add(DiagnosticCatalog.ArgumentTypeMismatch(list.Span, call.Function, 1, "a list of records", Describe(list.Type)));
            return new BoundConstant(DataType.Error, call.Span, false, "error");
        }

        var arguments = ImmutableArray.CreateBuilder<BoundExpression>();
        arguments.Add(list);
        if (count == 2)
        {
            var lambdaSyntax = (LambdaSyntax)call.Arguments[1];
            var variable = new BoundRecordVariable(list.Type.ElementType, lambdaSyntax.Span, lambdaSyntax.Parameter, scope.VariableDepth);
            scope.Push(variable);
            var body = Bind(lambdaSyntax.Body, scope);
            scope.Pop();
            var wantsNumber = function is BuiltinFunction.Sum or BuiltinFunction.Avg;
            RequireType(call, body, 2, t => wantsNumber ? t.IsNumeric : t.Kind == TypeKind.Boolean, wantsNumber ? "r => <number>" : "r => <condition>");
            arguments.Add(new BoundLambda(lambdaSyntax.Span, variable, body));
        }

        var type = function switch
        {
            BuiltinFunction.Count => DataType.Integer,
            BuiltinFunction.Sum => DataType.Number,
            BuiltinFunction.Avg => DataType.Number,
            _ => DataType.Boolean,
        };
        return new BoundCall(type, call.Span, function, arguments.ToImmutable());
    }

    private ImmutableArray<BoundExpression> BindArguments(CallSyntax call, BindingScope scope) =>
        [.. call.Arguments.Select(a => a is LambdaSyntax l ? Fail(l.Span, DiagnosticCatalog.LambdaMisuse(l.Span, call.Function)) : Bind(a, scope))];

    private bool CheckCount(CallSyntax call, int min, int max, string expected)
    {
        if (call.Arguments.Length >= min && call.Arguments.Length <= max)
        {
            return true;
        }

        diagnostics.Add(DiagnosticCatalog.WrongArgumentCount(call.Span, call.Function, expected, call.Arguments.Length));
        return false;
    }

    private void RequireType(CallSyntax call, BoundExpression argument, int position, Func<DataType, bool> accepts, string expected)
    {
        if (!argument.Type.IsError && !accepts(argument.Type))
        {
            diagnostics.Add(DiagnosticCatalog.ArgumentTypeMismatch(argument.Span, call.Function, position, expected, Describe(argument.Type)));
        }
    }
}
