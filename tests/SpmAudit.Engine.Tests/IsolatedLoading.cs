using System.Reflection;
using System.Runtime.Loader;

namespace SpmAudit.Engine.Tests;

/// <summary>
/// Which assemblies one compile or audit loads. Other tests of this process load everything, so the
/// work runs in a collectible context that loads this project's assemblies afresh from the output
/// folder (the framework is shared): what that context loaded is what the work needs.
/// </summary>
internal static class IsolatedLoading
{
    /// <summary>The names of the assemblies an untrusted audit of the pack under the ruleset loads.</summary>
    public static List<string> OfAudit(string ruleset, string evidence) => Run(context =>
    {
        var auditor = context.LoadFromAssemblyName(new AssemblyName("SpmAudit.Engine")).GetType("SpmAudit.Engine.Auditing.Auditor", throwOnError: true)!;
        var outcome = auditor.GetMethod("Audit", [typeof(string), typeof(string), typeof(string), typeof(bool)])!
            .Invoke(null, [ruleset, evidence, null, false]);
        outcome.ShouldNotBeNull();
    });

    /// <summary>The names of the assemblies compiling the ruleset loads.</summary>
    public static List<string> OfCompile(string ruleset) => Run(context =>
        context.LoadFromAssemblyName(new AssemblyName("SpmAudit.Language")).GetType("SpmAudit.Language.Compilation.RulesetCompiler", throwOnError: true)!
            .GetMethod("Compile", [typeof(string), typeof(string)])!
            .Invoke(null, [ruleset, Path.GetDirectoryName(ruleset)]));

    private static List<string> Run(Action<AssemblyLoadContext> work)
    {
        var context = new Isolated();
        try
        {
            work(context);
            return [.. context.Assemblies.Select(a => a.GetName().Name!)];
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class Isolated() : AssemblyLoadContext("isolated-audit", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
