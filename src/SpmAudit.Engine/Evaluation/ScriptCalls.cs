using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Scripting;

namespace SpmAudit.Engine.Evaluation;

/// <summary>
/// Where compiled rules call C# functions. Each call site is registered once, when its rules are
/// compiled, with what it needs at run time (the function, where the declared fields sit in the
/// lists passed, the indicator); the generated code passes the site's number. A missing argument
/// gives missing without calling; a failure gives missing and is recorded on the frame.
/// </summary>
public static class ScriptCalls
{
    private static readonly List<ScriptCallSite> Sites = [];

    internal static int Register(ScriptCallSite site)
    {
        lock (Sites)
        {
            Sites.Add(site);
            return Sites.Count - 1;
        }
    }

    public static double InvokeNumber(EvidenceFrame frame, int site, object?[] arguments) =>
        Invoke(frame, site, arguments) is double value ? value : Language.Functions.RuntimeValues.Missing;

    public static string? InvokeText(EvidenceFrame frame, int site, object?[] arguments) => Invoke(frame, site, arguments) as string;

    private static object? Invoke(EvidenceFrame frame, int handle, object?[] arguments)
    {
        ScriptCallSite site;
        lock (Sites)
        {
            site = Sites[handle];
        }

        foreach (var argument in arguments)
        {
            if (argument is null || (argument is double number && double.IsNaN(number)))
            {
                return null;
            }
        }

        var result = site.Function.Invoke(arguments, site.FieldMaps, out var failure);
        if (failure is not null)
        {
            frame.RecordFailure(new ScriptCallFailure(site, failure));
        }

        return result;
    }
}

/// <summary>One call of a C# function in one indicator's rule.</summary>
internal sealed record ScriptCallSite(ScriptFunction Function, int[][] FieldMaps, int IndicatorOrdinal, string IndicatorId, SourceSpan Span);

/// <summary>A call that gave no value because the function ran out of fuel or threw.</summary>
public sealed record ScriptCallFailure(string Function, int IndicatorOrdinal, string IndicatorId, SourceSpan Span, ScriptFailure Failure)
{
    internal ScriptCallFailure(ScriptCallSite site, ScriptFailure failure)
        : this(site.Function.Declaration.Name, site.IndicatorOrdinal, site.IndicatorId, site.Span, failure)
    {
    }

    public Diagnostic ToDiagnostic() => Failure.OutOfFuel
        ? DiagnosticCatalog.FunctionOutOfFuel(Span, Function, IndicatorId, $"{ScriptLimits.Fuel:N0} steps (loop iterations and calls) or the depth the stack allows")
        : DiagnosticCatalog.FunctionThrew(Span, Function, IndicatorId, Failure.Message);

    public string Reason => Failure.OutOfFuel
        ? $"Insufficient evidence: function '{Function}' was stopped ({Failure.Message})."
        : $"Insufficient evidence: function '{Function}' failed ({Failure.Message}).";
}
