namespace SpmAudit.Language.Diagnostics;

/// <summary>SPM38xx: functions a ruleset declares, in the rule language or in C# (trust, sandbox, compilation).</summary>
public static partial class DiagnosticCatalog
{
    public static Diagnostic DuplicateFunction(SourceSpan span, string name, SourceSpan first) =>
        Error("SPM3800", span, $"Function '{name}' is already declared at {first}; give one of them another name.");

    public static Diagnostic FunctionShadowsBuiltin(SourceSpan span, string name) =>
        Error("SPM3801", span, $"'{name}' is a built-in function; a ruleset function needs a name of its own.");

    public static Diagnostic DuplicateFunctionParameter(SourceSpan span, string function, string parameter) =>
        Error("SPM3802", span, $"Function '{function}' has two parameters named '{parameter}'.");

    public static Diagnostic FunctionCycle(SourceSpan span, string cycle) =>
        Error("SPM3803", span, $"Functions may not call themselves, directly or through others: {cycle}.");

    public static Diagnostic FunctionReadsEvidence(SourceSpan span, string function, string key) =>
        Error("SPM3804", span, $"Function '{function}' reads the evidence item '{key}'; a function sees only its parameters and the ruleset's parameters, so pass the item as an argument.");

    public static Diagnostic FunctionResultMismatch(SourceSpan span, string function, string declared, string found) =>
        Error("SPM3805", span, $"Function '{function}' is declared to give {declared}, but its body gives {found}.");

    public static Diagnostic ProfileDeclaresFunctions(SourceSpan span) =>
        Error("SPM3806", span, "A profile may call the functions of its base but cannot declare or redefine functions; change them in the ruleset.");

    public static Diagnostic CSharpFileNotFound(SourceSpan span, string function, string path) =>
        Error("SPM3824", span, $"The C# file '{path}' of function '{function}' does not exist beside the ruleset.");
}
