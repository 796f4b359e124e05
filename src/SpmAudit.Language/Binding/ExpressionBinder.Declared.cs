using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>
/// Calls of the ruleset's own functions. A rule-language body is checked once at its declaration
/// with the declared types, then bound again at every call with the arguments as lets, so that
/// list fields resolve against the list actually passed and the engine can inline it.
/// </summary>
internal sealed partial class ExpressionBinder
{
    private readonly HashSet<string> _inlining = new(StringComparer.Ordinal);
    private string? _functionBody;

    public Dictionary<string, FunctionSymbol> Functions { get; } = new(StringComparer.Ordinal);

    /// <summary>Type-checks a rule-language function's body against its declared parameters and result.</summary>
    public void CheckBody(FunctionSymbol symbol)
    {
        var function = symbol.Function;
        var scope = new BindingScope();
        foreach (var parameter in function.Parameters)
        {
            scope.AddLet(new BoundLet(parameter.Name, scope.Lets.Count, new BoundConstant(parameter.Type, function.Span, 0d, parameter.Name)));
        }

        var body = InFunction(function.Name, () => Bind(symbol.Body!, scope));
        if (!body.Type.IsError && !function.ReturnType.IsError && !Fits(function.ReturnType, body.Type))
        {
            _diagnostics.Add(DiagnosticCatalog.FunctionResultMismatch(symbol.Body!.Span, function.Name, Describe(function.ReturnType), Describe(body.Type)));
        }
    }

    private BoundExpression BindDeclaredCall(CallSyntax call, FunctionSymbol symbol, BindingScope scope)
    {
        var function = symbol.Function;
        if (call.Arguments.FirstOrDefault(a => a is LambdaSyntax) is { } lambda)
        {
            return Fail(call.Span, DiagnosticCatalog.LambdaMisuse(lambda.Span, call.Function));
        }

        var arguments = call.Arguments.Select(a => Bind(a, scope)).ToImmutableArray();
        if (arguments.Length != function.Parameters.Length)
        {
            return Fail(call.Span, DiagnosticCatalog.WrongArgumentCount(call.Span, call.Function, $"{function.Parameters.Length}", arguments.Length));
        }

        var valid = true;
        for (var i = 0; i < arguments.Length; i++)
        {
            var declared = function.Parameters[i].Type;
            if (!arguments[i].Type.IsError && !declared.IsError && !Fits(declared, arguments[i].Type))
            {
                _diagnostics.Add(DiagnosticCatalog.ArgumentTypeMismatch(arguments[i].Span, call.Function, i + 1, Describe(declared), Describe(arguments[i].Type)));
                valid = false;
            }
        }

        if (!valid || arguments.Any(a => a.Type.IsError) || function.ReturnType.IsError)
        {
            return new BoundConstant(DataType.Error, call.Span, false, "error");
        }

        if (symbol.CSharp is { } csharp)
        {
            return new BoundCall(function.ReturnType, call.Span, csharp, arguments);
        }

        if (!_inlining.Add(function.Name))
        {
            // A cycle, reported once where the functions are declared.
            return new BoundConstant(DataType.Error, call.Span, false, "error");
        }

        try
        {
            var lets = arguments.Select((a, i) => new BoundLet(function.Parameters[i].Name, i, a)).ToImmutableArray();
            var inner = new BindingScope();
            foreach (var let in lets)
            {
                inner.AddLet(let);
            }

            var saved = _diagnostics;
            _diagnostics = new DiagnosticBag();
            var body = InFunction(function.Name, () => Bind(symbol.Body!, inner));
            _diagnostics = saved;
            return body.Type.IsError
                ? new BoundConstant(DataType.Error, call.Span, false, "error")
                : new BoundCall(function.ReturnType, call.Span, new InlinedFunction(function, lets, body), arguments);
        }
        finally
        {
            _inlining.Remove(function.Name);
        }
    }

    private BoundExpression InFunction(string name, Func<BoundExpression> bind)
    {
        var outer = _functionBody;
        _functionBody = name;
        try
        {
            return bind();
        }
        finally
        {
            _functionBody = outer;
        }
    }

    /// <summary>
    /// Whether a value of type <paramref name="given"/> may stand where <paramref name="declared"/> is
    /// asked: any number for a number, the same choices, a list whose records have every declared field.
    /// </summary>
    internal static bool Fits(DataType declared, DataType given) => declared.Kind switch
    {
        _ when declared.IsNumeric => given.IsNumeric,
        TypeKind.Choice => given.Kind == TypeKind.Choice && declared.Choices.SequenceEqual(given.Choices),
        TypeKind.RecordList => given.Kind == TypeKind.RecordList
            && declared.Fields.All(f => given.FieldIndex(f.Name) is var index && index >= 0 && Fits(f.Type, given.Fields[index].Type)),
        _ => declared.Kind == given.Kind,
    };
}
