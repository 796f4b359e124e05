using System.Reflection;

namespace SpmAudit.Language.Scripting;

/// <summary>
/// Where the language reaches the C# compiler. SpmAudit.Scripting (and with it Roslyn) is loaded by
/// name on first use, so that rulesets without C# functions never load either; every compilation is
/// counted, so tests can see that a cached run does not compile.
/// </summary>
public static class ScriptCompilerSeam
{
    private const string AssemblyName = "SpmAudit.Scripting";
    private const string TypeName = "SpmAudit.Scripting.CSharpFunctionCompiler";

    private static readonly Lazy<IScriptCompiler> Compiler = new(Load);
    private static int _compilations;

    /// <summary>How many times this process has run the C# compiler.</summary>
    public static int Compilations => Volatile.Read(ref _compilations);

    public static ScriptCompilation Compile(IReadOnlyList<Model.RulesetFunction> functions, long fuel)
    {
        Interlocked.Increment(ref _compilations);
        return Compiler.Value.Compile(functions, fuel);
    }

    /// <summary>The identity of the compiler's build: a new allow-list or code generator must not reuse old assemblies.</summary>
    public static string BuildId => Assembly.Load(AssemblyName).ManifestModule.ModuleVersionId.ToString("N");

    private static IScriptCompiler Load()
    {
        var type = Assembly.Load(AssemblyName).GetType(TypeName, throwOnError: true)!;
        return (IScriptCompiler)Activator.CreateInstance(type)!;
    }
}
