using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using Diagnostic = SpmAudit.Language.Diagnostics.Diagnostic;

namespace SpmAudit.Scripting;

/// <summary>
/// Judges the user's C# before anything runs: constructs that escape a pure computation (unsafe
/// code, dynamic, attributes such as DllImport, goto, locks, static mutable state, typeof) are refused
/// by syntax, and every symbol and every expression's type is checked against <see cref="SandboxAllowList"/>,
/// each refusal located at its line and column in the C# source.
/// </summary>
internal sealed class SandboxCheck(SemanticModel model, RulesetFunction function, List<Diagnostic> diagnostics)
{
    private readonly IAssemblySymbol _own = model.Compilation.Assembly;

    public void Run(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            if (node is ClassDeclarationSyntax wrapper && !wrapper.Identifier.GetLocation().GetMappedLineSpan().HasMappedPath)
            {
                // The class the generator wraps the user's code in, written before the '#line' that maps into the user's file.
                continue;
            }

            if (Construct(node) is { } construct)
            {
                Refuse(node, DiagnosticCatalog.CSharpForbiddenConstruct(Span(node), Owner(node), construct));
                continue;
            }

            CheckSymbols(node);
        }
    }

    private static string? Construct(SyntaxNode node) => node switch
    {
        AttributeListSyntax => "attributes (such as DllImport)",
        UnsafeStatementSyntax or FixedStatementSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax or StackAllocArrayCreationExpressionSyntax => "unsafe code",
        GotoStatementSyntax => "goto",
        LockStatementSyntax => "lock, which belongs to threads",
        AwaitExpressionSyntax => "await",
        TypeOfExpressionSyntax => "typeof, which leads to reflection",
        MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax => "__makeref",
        MemberDeclarationSyntax member when member.Modifiers.Any(m => m.IsKind(SyntaxKind.UnsafeKeyword)) => "unsafe code",
        MemberDeclarationSyntax member when member.Modifiers.Any(m => m.IsKind(SyntaxKind.ExternKeyword)) => "extern methods (P/Invoke)",
        MemberDeclarationSyntax member when member.Modifiers.Any(m => m.IsKind(SyntaxKind.AsyncKeyword)) => "async code",
        LocalFunctionStatementSyntax local when local.Modifiers.Any(m => m.IsKind(SyntaxKind.UnsafeKeyword) || m.IsKind(SyntaxKind.ExternKeyword)) => "unsafe code",
        FieldDeclarationSyntax field when field.Modifiers.Any(m => m.IsKind(SyntaxKind.StaticKeyword)) && !field.Modifiers.Any(m => m.IsKind(SyntaxKind.ConstKeyword)) => "static mutable state (a static field that is not const)",
        PropertyDeclarationSyntax or IndexerDeclarationSyntax or EventDeclarationSyntax or EventFieldDeclarationSyntax
            or ConstructorDeclarationSyntax or DestructorDeclarationSyntax or OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax
            or ClassDeclarationSyntax or StructDeclarationSyntax or InterfaceDeclarationSyntax or DelegateDeclarationSyntax
            => "a declaration other than static methods, constants and records",
        _ => null,
    };

    private void CheckSymbols(SyntaxNode node)
    {
        if (node is IdentifierNameSyntax { IsVar: true })
        {
            return;
        }

        if (node is SimpleNameSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or ElementAccessExpressionSyntax
            && model.GetSymbolInfo(node).Symbol is { } symbol && Forbidden(symbol) is { } name)
        {
            Refuse(node, DiagnosticCatalog.CSharpForbiddenSymbol(Span(node), Owner(node), name));
            return;
        }

        if (node is ExpressionSyntax expression && model.GetTypeInfo(expression).Type is { } type)
        {
            if (type.TypeKind == Microsoft.CodeAnalysis.TypeKind.Dynamic)
            {
                Refuse(node, DiagnosticCatalog.CSharpForbiddenConstruct(Span(node), Owner(node), "dynamic"));
            }
            else if (!SandboxAllowList.IsAllowed(type, _own))
            {
                Refuse(node, DiagnosticCatalog.CSharpForbiddenSymbol(Span(node), Owner(node), type.ToDisplayString()));
            }
        }
    }

    /// <summary>The name to report when the symbol may not be used, or null.</summary>
    private string? Forbidden(ISymbol symbol)
    {
        switch (symbol)
        {
            case ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol or IDiscardSymbol or INamespaceSymbol:
                return null;
            case IDynamicTypeSymbol:
                return "dynamic";
            case ITypeSymbol type:
                return SandboxAllowList.IsAllowed(type, _own) ? null : type.ToDisplayString();
        }

        if (SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _own))
        {
            return null;
        }

        var container = symbol.ContainingType;
        if (container is null || !SandboxAllowList.IsAllowed(container, _own) || SandboxAllowList.IsDenied(symbol))
        {
            return symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        }

        return null;
    }

    /// <summary>One refusal per line: the parts of one refused use (System, IO, File, ReadAllText) are not reported again.</summary>
    private void Refuse(SyntaxNode node, Diagnostic diagnostic)
    {
        if (!diagnostics.Any(d => d.Span.Path == diagnostic.Span.Path && d.Span.Line == diagnostic.Span.Line))
        {
            diagnostics.Add(diagnostic);
        }
    }

    /// <summary>In a file several functions share, the method the node is in; else the function the code belongs to.</summary>
    private string Owner(SyntaxNode node) => Owner(node, function);

    internal static string Owner(SyntaxNode node, RulesetFunction function) =>
        node.AncestorsAndSelf().OfType<MethodDeclarationSyntax>().LastOrDefault()?.Identifier.Text is { } method && function.CSharp!.IsFile ? method : function.Name;

    private static SourceSpan Span(SyntaxNode node) => RoslynSpans.Of(node.GetLocation());
}
