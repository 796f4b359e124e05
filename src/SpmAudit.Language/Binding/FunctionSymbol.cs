using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>A declared function while binding: the model, and for a rule-language function the body as written.</summary>
internal sealed record FunctionSymbol(RulesetFunction Function, ExpressionSyntax? Body)
{
    /// <summary>The one definition every call of a C# function shares.</summary>
    public Functions.CSharpFunction? CSharp { get; } = Function.IsCSharp ? new Functions.CSharpFunction(Function) : null;
}
