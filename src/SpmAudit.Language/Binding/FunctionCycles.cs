using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>Finds functions that call themselves, directly or through others, from the calls written in their bodies.</summary>
internal static class FunctionCycles
{
    /// <summary>Each cycle once, as the names along it ending where it started: ["a", "b", "a"].</summary>
    public static List<string[]> Find(IEnumerable<FunctionSymbol> functions)
    {
        var calls = functions.ToDictionary(f => f.Function.Name, f => f.Body is null ? [] : Calls(f.Body).Distinct().ToList(), StringComparer.Ordinal);
        var cycles = new List<string[]>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in calls.Keys)
        {
            Visit(start, [], calls, done, cycles);
        }

        return cycles;
    }

    private static void Visit(string name, List<string> path, Dictionary<string, List<string>> calls, HashSet<string> done, List<string[]> cycles)
    {
        if (path.IndexOf(name) is var at && at >= 0)
        {
            cycles.Add([.. path.Skip(at), name]);
            return;
        }

        if (done.Contains(name) || !calls.TryGetValue(name, out var callees))
        {
            return;
        }

        path.Add(name);
        foreach (var callee in callees)
        {
            Visit(callee, path, calls, done, cycles);
        }

        path.RemoveAt(path.Count - 1);
        done.Add(name);
    }

    private static IEnumerable<string> Calls(ExpressionSyntax expression) => expression switch
    {
        CallSyntax call => call.Arguments.SelectMany(Calls).Prepend(call.Function),
        LambdaSyntax lambda => Calls(lambda.Body),
        UnarySyntax unary => Calls(unary.Operand),
        BinarySyntax binary => Calls(binary.Left).Concat(Calls(binary.Right)),
        InSyntax @in => Calls(@in.Value).Concat(@in.Items.SelectMany(Calls)),
        ConditionalSyntax conditional => Calls(conditional.Condition).Concat(Calls(conditional.Then)).Concat(Calls(conditional.Else)),
        ParenthesizedSyntax parenthesized => Calls(parenthesized.Inner),
        SelectSyntax select => Calls(select.Target).Concat(select.Selections.SelectMany(s => Calls(s.Value))),
        _ => [],
    };
}
