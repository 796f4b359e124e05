using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>
/// Functions of the ruleset: declared from every file (after parameters, which bodies may use),
/// checked for cycles, and rule-language bodies type-checked once, before any indicator calls them.
/// </summary>
internal sealed partial class Binder
{
    private ImmutableArray<RulesetFunction> DeclareFunctions()
    {
        var declared = _expressions.Functions;
        foreach (var syntax in _sources.SelectMany(s => s.Syntax.Functions))
        {
            if (declared.TryGetValue(syntax.Name, out var existing))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateFunction(syntax.Span, syntax.Name, existing.Function.Span));
                continue;
            }

            if (FunctionCatalog.Find(syntax.Name) is not null)
            {
                _diagnostics.Add(DiagnosticCatalog.FunctionShadowsBuiltin(syntax.Span, syntax.Name));
                continue;
            }

            declared[syntax.Name] = new FunctionSymbol(Declare(syntax), syntax.Body);
        }

        foreach (var cycle in FunctionCycles.Find(declared.Values))
        {
            _diagnostics.Add(DiagnosticCatalog.FunctionCycle(declared[cycle[0]].Function.Span, string.Join(" -> ", cycle)));
        }

        foreach (var symbol in declared.Values.Where(s => s.Body is not null))
        {
            _expressions.CheckBody(symbol);
        }

        return [.. declared.Values.Select(s => s.Function)];
    }

    private RulesetFunction Declare(FunctionSyntax syntax)
    {
        var parameters = ImmutableArray.CreateBuilder<RulesetFunctionParameter>();
        foreach (var parameter in syntax.Parameters)
        {
            if (parameters.Any(p => p.Name == parameter.Name))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateFunctionParameter(parameter.Span, syntax.Name, parameter.Name));
                continue;
            }

            parameters.Add(new RulesetFunctionParameter(parameter.Name, TypeBinder.Bind(parameter.Type, _diagnostics)));
        }

        var code = syntax.CSharp is { Code: { } text } body ? new CSharpCode(text, body.CodeStart, body.File is not null) : null;
        return new RulesetFunction(syntax.Name, parameters.ToImmutable(), TypeBinder.Bind(syntax.ReturnType, _diagnostics), syntax.Span) { CSharp = code };
    }
}
