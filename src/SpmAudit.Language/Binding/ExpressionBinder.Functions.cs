using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>Calls are bound by one rule for every function: the catalog's parameters say what each argument must be.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression BindCall(CallSyntax call, BindingScope scope)
    {
        if (FunctionCatalog.Find(call.Function) is null && Functions.TryGetValue(call.Function, out var declared))
        {
            return BindDeclaredCall(call, declared, scope);
        }

        if (FunctionCatalog.Find(call.Function) is not { } function)
        {
            foreach (var argument in call.Arguments.Where(a => a is not LambdaSyntax))
            {
                Bind(argument, scope);
            }

            return Fail(call.Span, DiagnosticCatalog.UnknownFunction(call.Span, call.Function, Suggestions.Closest(call.Function, FunctionCatalog.FunctionNames.Concat(Functions.Keys))));
        }

        if (MisplacedLambda(call, function) is { } misplaced)
        {
            foreach (var argument in call.Arguments.Where(a => a is not LambdaSyntax))
            {
                Bind(argument, scope);
            }

            return Fail(call.Span, DiagnosticCatalog.LambdaMisuse(misplaced, call.Function));
        }

        if (call.Arguments.Length < function.MinArguments || call.Arguments.Length > function.MaxArguments)
        {
            _diagnostics.Add(DiagnosticCatalog.WrongArgumentCount(call.Span, call.Function, function.Arity, call.Arguments.Length));
            return new BoundConstant(DataType.Error, call.Span, 0d, "error");
        }

        var arguments = ImmutableArray.CreateBuilder<BoundExpression>(call.Arguments.Length);
        var valid = true;
        for (var i = 0; i < call.Arguments.Length; i++)
        {
            var parameter = function.Parameters[Math.Min(i, function.Parameters.Length - 1)];
            var bound = parameter.IsLambda
                ? BindLambda((LambdaSyntax)call.Arguments[i], arguments[0], scope)
                : Bind(call.Arguments[i], scope);
            valid &= Accepts(call, parameter, bound, i + 1);
            arguments.Add(bound);
        }

        if (!valid || arguments.Any(a => a.Type.IsError))
        {
            // A list argument that is no list leaves nothing to type the rest by; one error is enough.
            return new BoundConstant(DataType.Error, call.Span, false, "error");
        }

        return new BoundCall(function.ResultType([.. arguments.Select(a => a.Type)]), call.Span, function, arguments.ToImmutable());
    }

    /// <summary>
    /// Where a lambda is missing or should not be, or null when lambdas sit exactly where the
    /// function takes them: 'sum(list)' and 'ratio(r => r, 2)' are misuses, not count errors.
    /// </summary>
    private static SourceSpan? MisplacedLambda(CallSyntax call, FunctionDefinition function)
    {
        if (!function.Parameters.Any(p => p.IsLambda))
        {
            return call.Arguments.FirstOrDefault(a => a is LambdaSyntax)?.Span;
        }

        for (var i = 0; i < function.Parameters.Length; i++)
        {
            var parameter = function.Parameters[i];
            var given = i < call.Arguments.Length ? call.Arguments[i] : null;
            if (given is null ? !parameter.Optional : parameter.IsLambda != given is LambdaSyntax)
            {
                return call.Span;
            }
        }

        return call.Arguments.Length <= function.Parameters.Length ? null : call.Span;
    }

    /// <summary>Binds <c>r => body</c> with r standing for one record of <paramref name="list"/>.</summary>
    private BoundExpression BindLambda(LambdaSyntax syntax, BoundExpression list, BindingScope scope)
    {
        var element = list.Type.Kind == TypeKind.RecordList ? list.Type.ElementType : DataType.Error;
        var variable = new BoundRecordVariable(element, syntax.Span, syntax.Parameter, scope.VariableDepth);
        scope.Push(variable);
        var body = Bind(syntax.Body, scope);
        scope.Pop();
        return new BoundLambda(syntax.Span, variable, body);
    }

    private bool Accepts(CallSyntax call, FunctionParameter parameter, BoundExpression argument, int position)
    {
        var type = argument.Type;
        var span = argument is BoundLambda lambda ? lambda.Body.Span : argument.Span;
        if (type.IsError)
        {
            return true;
        }

        var (fits, expected) = parameter.Kind switch
        {
            ParameterKind.Number => (type.IsNumeric, "a number"),
            ParameterKind.Date => (type.Kind == TypeKind.Date, "a date"),
            ParameterKind.List => (type.Kind == TypeKind.RecordList, "a list of records"),
            ParameterKind.Predicate => (type.Kind == TypeKind.Boolean, "r => <condition>"),
            ParameterKind.Selector => (type.IsNumeric, "r => <number>"),
            _ => (true, "a value"),
        };
        if (!fits)
        {
            _diagnostics.Add(DiagnosticCatalog.ArgumentTypeMismatch(span, call.Function, position, expected, Describe(type)));
        }

        return fits;
    }
}
