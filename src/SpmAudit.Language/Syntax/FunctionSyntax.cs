using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>
/// 'function within(a : number, b : number) : boolean = abs(a - b) &lt;= 1%': a function of the
/// ruleset. Its body is a rule expression, or C# (<see cref="CSharp"/>) when <see cref="Body"/> is null.
/// </summary>
public sealed record FunctionSyntax(
    SourceSpan Span,
    string Name,
    ImmutableArray<FunctionParameterSyntax> Parameters,
    TypeSyntax ReturnType,
    ExpressionSyntax? Body)
{
    public CSharpBodySyntax? CSharp { get; init; }
}

public sealed record FunctionParameterSyntax(SourceSpan Span, string Name, TypeSyntax Type);

/// <summary>
/// A C# body: written inline (<see cref="Code"/>, which starts at <see cref="CodeStart"/> in the
/// ruleset file), or kept in a file beside it (<see cref="File"/>, relative to the declaring file).
/// </summary>
public sealed record CSharpBodySyntax(SourceSpan Span, string? Code, SourceSpan CodeStart, string? File);
