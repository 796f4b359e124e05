using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Model;

/// <summary>
/// A function a ruleset declares: its typed signature, and either a rule expression (bound again at
/// every call with the arguments' own types, so it is inlined) or C# (<see cref="CSharp"/>).
/// </summary>
public sealed record RulesetFunction(string Name, ImmutableArray<RulesetFunctionParameter> Parameters, DataType ReturnType, SourceSpan Span)
{
    /// <summary>The C# body, or null for a function written in the rule language.</summary>
    public CSharpCode? CSharp { get; init; }

    public bool IsCSharp => CSharp is not null;

    /// <summary>"within(a : number, b : number) : boolean", as declared.</summary>
    public string Signature => $"{Name}({string.Join(", ", Parameters.Select(p => $"{p.Name} : {p.Type}"))}) : {ReturnType}";
}

public sealed record RulesetFunctionParameter(string Name, DataType Type);

/// <summary>
/// C# source of a function: the text, the file it is in (the ruleset itself for inline code, or a
/// file beside it) and where the text starts there, so compiler diagnostics point into that file.
/// </summary>
public sealed record CSharpCode(string Text, SourceSpan Start, bool IsFile);
