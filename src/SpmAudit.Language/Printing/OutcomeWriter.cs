using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Printing;

/// <summary>Prints an outcome rule in canonical DSL form.</summary>
public static class OutcomeWriter
{
    public static string Write(OutcomeSyntax outcome) => Write(outcome, 0);

    private static string Write(OutcomeSyntax outcome, int parent)
    {
        var (text, precedence) = outcome switch
        {
            OutcomeLogicSyntax { Operator: "not" } n => ($"not {Write(n.Operands[0], 3)}", 3),
            OutcomeLogicSyntax { Operator: "and" } a => ($"{Write(a.Operands[0], 2)} and {Write(a.Operands[1], 3)}", 2),
            OutcomeLogicSyntax o => ($"{Write(o.Operands[0], 1)} or {Write(o.Operands[1], 2)}", 1),
            EveryOutcomeSyntax e => ($"every {e.Level}{(e.Scope is null ? "" : $" in {DslWriter.Id(e.Scope)}")} is {Status(e.Status)}", 10),
            CriticalOutcomeSyntax c => ($"any critical{(c.Scope is null ? "" : $" in {DslWriter.Id(c.Scope)}")} {Status(c.Status)}", 10),
            SetOutcomeSyntax s => ($"{s.Quantifier} of [{string.Join(", ", s.Ids.Select(DslWriter.Id))}] {(s.Ids.Length == 1 ? "is" : "are")} {Status(s.Status)}", 10),
            ThresholdOutcomeSyntax t => ($"{t.Measure}{(t.NodeId is null ? "" : $" of {DslWriter.Id(t.NodeId)}")} {t.Operator} {t.Text}", 10),
            _ => (outcome.ToString(), 10),
        };
        return precedence < parent ? $"({text})" : text;
    }

    private static string Status(string status) => status.StartsWith("not_", StringComparison.Ordinal) && status != "not_applicable" ? "not " + status[4..] : status;
}
