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

    public static Diagnostic CSharpNotTrusted(SourceSpan span, string function, string file, string sha256) =>
        Error("SPM3820", span, $"Function '{function}' is C# ({file}) and this ruleset is not trusted to run code; review it, then pass --trust-scripts or add its SHA-256 {sha256} to the trust file.");

    public static Diagnostic CSharpCompileError(SourceSpan span, string function, string message) =>
        Error("SPM3821", span, $"C# of function '{function}' does not compile: {message}");

    public static Diagnostic CSharpForbiddenSymbol(SourceSpan span, string function, string symbol) =>
        Error("SPM3822", span, $"C# of function '{function}' uses '{symbol}', which functions may not use; they compute from their arguments with arithmetic, Math, strings, dates, collections and LINQ.");

    public static Diagnostic CSharpForbiddenConstruct(SourceSpan span, string function, string construct) =>
        Error("SPM3823", span, $"C# of function '{function}' uses {construct}, which functions may not use.");

    public static Diagnostic CSharpMethodMissing(SourceSpan span, string function, string file, string signature, string compiler) =>
        Error("SPM3825", span, $"'{file}' has no method that fits function '{function}' ({compiler}); declare 'static {signature}' in it.");

    public static Diagnostic CSharpTrustFileInvalid(SourceSpan span, string path, string problem) =>
        Error("SPM3826", span, $"The trust file '{path}' cannot be used: {problem}.");

    public static Diagnostic CSharpNestedTooDeep(SourceSpan span, string function, int limit) =>
        Error("SPM3827", span, $"C# of function '{function}' nests more than {limit:N0} deep here; split it into smaller methods or simpler expressions.");
}
