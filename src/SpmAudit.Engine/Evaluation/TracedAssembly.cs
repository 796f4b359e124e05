using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace SpmAudit.Engine.Evaluation;

/// <summary>
/// Where traced rule groups are emitted: one dynamic assembly per compiled ruleset's traced
/// variant, allowed to reach the engine's and the language's internal members as the dynamic
/// methods' skipVisibility does. It is not collectible on purpose: the runtime tiers only methods of
/// non-collectible assemblies (measured: a collectible one compiled as slowly as dynamic methods).
/// The price is that a traced variant stays loaded until the process ends: one per ruleset a
/// command explains, which is one for every command and a few thousand in a test run.
/// </summary>
internal static class TracedAssembly
{
    private static int _count;

    public static TypeBuilder DefineType()
    {
        var name = $"SpmAudit.TracedRules{Interlocked.Increment(ref _count)}";
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName(name), AssemblyBuilderAccess.Run);
        foreach (var reached in new[] { typeof(TracedAssembly).Assembly, typeof(Language.Model.Ruleset).Assembly })
        {
            assembly.SetCustomAttribute(new CustomAttributeBuilder(
                typeof(IgnoresAccessChecksToAttribute).GetConstructor([typeof(string)])!, [reached.GetName().Name!]));
        }

        return assembly.DefineDynamicModule(name).DefineType("Rules", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract);
    }
}
