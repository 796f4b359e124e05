using System.Linq.Expressions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

internal sealed partial class RuleCompiler
{
    private Expression EmitCall(BoundCall call)
    {
        var arguments = call.Arguments;
        switch (call.Function)
        {
            case BuiltinFunction.Ratio:
                return Call(nameof(RuntimeFunctions.Divide), Emit(arguments[0]), Emit(arguments[1]));
            case BuiltinFunction.Min or BuiltinFunction.Max:
                var name = call.Function == BuiltinFunction.Min ? nameof(RuntimeFunctions.Min) : nameof(RuntimeFunctions.Max);
                return arguments.Skip(1).Aggregate(Emit(arguments[0]), (acc, next) => Call(name, acc, Emit(next)));
            case BuiltinFunction.Abs:
                return Call(nameof(RuntimeFunctions.Abs), Emit(arguments[0]));
            case BuiltinFunction.DaysBetween:
                return Expression.Subtract(Emit(arguments[1]), Emit(arguments[0]));
            case BuiltinFunction.Known:
                var value = Emit(arguments[0]);
                return Expression.Convert(Expression.NotEqual(value, Expression.Constant(null, value.Type)), typeof(bool?));
            default:
                return EmitListCall(call);
        }
    }

    private MethodCallExpression EmitListCall(BoundCall call)
    {
        var list = Emit(call.Arguments[0]);
        var name = call.Function switch
        {
            BuiltinFunction.Count => nameof(RuntimeFunctions.Count),
            BuiltinFunction.Sum => nameof(RuntimeFunctions.Sum),
            BuiltinFunction.Avg => nameof(RuntimeFunctions.Avg),
            BuiltinFunction.Any => nameof(RuntimeFunctions.Any),
            _ => nameof(RuntimeFunctions.All),
        };
        if (call.Arguments.Length == 1)
        {
            return Call(name, list);
        }

        var lambda = (BoundLambda)call.Arguments[1];
        var record = Expression.Parameter(typeof(object?[]), lambda.Variable.Name);
        _records[lambda.Variable] = record;
        var body = Emit(lambda.Body);
        var delegateType = typeof(Func<,>).MakeGenericType(typeof(object?[]), body.Type);
        return Call(name, list, Expression.Lambda(delegateType, body, record));
    }
}
