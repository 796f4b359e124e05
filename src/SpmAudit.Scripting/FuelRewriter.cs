using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SpmAudit.Scripting;

/// <summary>
/// Meters the user's code: every loop body starts with <c>Fuel.Loop()</c> and every method, local
/// function and lambda with <c>Fuel.Enter()</c> (which also stops a recursion before the stack runs
/// out), so an endless loop or recursion ends with the meter's exception. Expression bodies become
/// blocks; the semantic model of the unchanged tree says whether a lambda returns a value.
/// </summary>
internal sealed class FuelRewriter(SemanticModel model) : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax LoopTick = ParseStatement($"global::{ScriptSource.Namespace}.Fuel.Loop();");
    private static readonly StatementSyntax EnterTick = ParseStatement($"global::{ScriptSource.Namespace}.Fuel.Enter();");

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) =>
        ((WhileStatementSyntax)base.VisitWhileStatement(node)!) is var loop ? loop.WithStatement(Block(LoopTick, loop.Statement)) : null;

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
        ((DoStatementSyntax)base.VisitDoStatement(node)!) is var loop ? loop.WithStatement(Block(LoopTick, loop.Statement)) : null;

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
        ((ForStatementSyntax)base.VisitForStatement(node)!) is var loop ? loop.WithStatement(Block(LoopTick, loop.Statement)) : null;

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        ((ForEachStatementSyntax)base.VisitForEachStatement(node)!) is var loop ? loop.WithStatement(Block(LoopTick, loop.Statement)) : null;

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node) =>
        ((ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!) is var loop ? loop.WithStatement(Block(LoopTick, loop.Statement)) : null;

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        return Metered(visited.Body, visited.ExpressionBody, ReturnsVoid(node.ReturnType)) is { } body
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body)
            : visited;
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return Metered(visited.Body, visited.ExpressionBody, ReturnsVoid(node.ReturnType)) is { } body
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body)
            : visited;
    }

    private static bool ReturnsVoid(TypeSyntax type) => type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };

    /// <summary>The body with the call's tick first (an expression body becomes a block); null for a method without a body.</summary>
    private static BlockSyntax? Metered(BlockSyntax? body, ArrowExpressionClauseSyntax? arrow, bool returnsVoid) =>
        arrow is not null ? Block(EnterTick, Returning(arrow.Expression, returnsVoid))
        : body?.WithStatements(body.Statements.Insert(0, EnterTick));

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
        Lambda(node, (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!);

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
        Lambda(node, (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!);

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return visited.WithBlock(visited.Block.WithStatements(visited.Block.Statements.Insert(0, EnterTick)));
    }

    private LambdaExpressionSyntax Lambda(LambdaExpressionSyntax original, LambdaExpressionSyntax visited)
    {
        if (visited.Block is { } block)
        {
            return visited.WithBlock(block.WithStatements(block.Statements.Insert(0, EnterTick)));
        }

        var returnsVoid = model.GetSymbolInfo(original).Symbol is IMethodSymbol { ReturnsVoid: true };
        return visited.WithExpressionBody(null).WithBlock(Block(EnterTick, Returning(visited.ExpressionBody!, returnsVoid)));
    }

    private static StatementSyntax Returning(ExpressionSyntax expression, bool returnsVoid) =>
        returnsVoid ? ExpressionStatement(expression) : ReturnStatement(expression);
}
