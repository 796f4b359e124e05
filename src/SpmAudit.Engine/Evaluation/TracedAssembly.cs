using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace SpmAudit.Engine.Evaluation;

/// <summary>
/// Where traced rule groups are emitted: one dynamic assembly per compiled ruleset's traced
/// variant, allowed to reach the engine's and the language's internal members as the dynamic
/// methods' skipVisibility does. It is not collectible on purpose: the runtime tiers only methods of
/// non-collectible assemblies (measured: a collectible one compiled as slowly as dynamic methods).
/// The price is that a traced variant stays loaded until the process ends, so a process gets at
/// most <see cref="PerProcess"/> of them: a command explains one or a few rulesets, and a test run
/// or a fuzzer, which compile thousands, goes on with dynamic methods once they are used up.
/// </summary>
internal static class TracedAssembly
{
    public const int PerProcess = 64;

    private static int _count;

    /// <summary>The type to hold one ruleset's traced groups, or null once this process has defined <see cref="PerProcess"/>.</summary>
    public static TypeBuilder? DefineType()
    {
        var number = Interlocked.Increment(ref _count);
        if (number > PerProcess)
        {
            return null;
        }

        var name = $"SpmAudit.TracedRules{number}";
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName(name), AssemblyBuilderAccess.Run);
        foreach (var reached in new[] { typeof(TracedAssembly).Assembly, typeof(Language.Model.Ruleset).Assembly })
        {
            assembly.SetCustomAttribute(new CustomAttributeBuilder(
                typeof(IgnoresAccessChecksToAttribute).GetConstructor([typeof(string)])!, [reached.GetName().Name!]));
        }

        return assembly.DefineDynamicModule(name).DefineType("Rules", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract);
    }
}
