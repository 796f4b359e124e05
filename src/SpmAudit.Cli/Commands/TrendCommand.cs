using System.CommandLine;
using System.Globalization;
using System.Text;
using SpmAudit.Cli.Output;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Trend;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit trend A.json B.json … [--format md|json] [--out F]</c>: assessments of one institution
/// across periods, oldest first: score, grade and coverage, every top-level node's score, and from one
/// assessment to the next the indicators that moved up or down and the evidence newly missing.
/// </summary>
internal static class TrendCommand
{
    public static Command Create()
    {
        var results = new Argument<string[]>("results") { Description = "Result documents (audit --format json) of one institution", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "md (a Markdown table, the default) or json", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("trend", "Compare assessments of one institution across periods: scores, grades, indicators that moved, evidence newly missing") { results, format, output };
        command.SetAction(result => Run(result.GetValue(results)!, result.GetValue(format)!, result.GetValue(output)));
        return command;
    }

    /// <summary>Earlier results read from their files; null when one cannot be read (printed).</summary>
    public static List<ResultSummary>? ReadResults(IEnumerable<string> paths)
    {
        var diagnostics = new DiagnosticBag();
        var summaries = new List<ResultSummary>();
        foreach (var path in paths)
        {
            var shown = DisplayPath.Of(path, Environment.CurrentDirectory);
            // Read like every input: a regular file within the size limit, in UTF-8.
            if (Language.Inputs.InputText.Read(path, shown, SourceSpan.None(shown), diagnostics) is not { } text)
            {
                continue;
            }

            if (ResultSummary.Read(shown, text, diagnostics) is { } summary)
            {
                summaries.Add(summary);
            }
        }

        DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
        return diagnostics.HasErrors ? null : summaries;
    }

    private static int Run(string[] paths, string format, string? output)
    {
        if (Inputs.Refusal(output, paths) is { } refusal)
        {
            return refusal;
        }

        if (ReadResults(paths) is not { } summaries)
        {
            return ExitCodes.InputErrors;
        }

        var diagnostics = new DiagnosticBag();
        if (TrendReport.Build(summaries, diagnostics) is not { } trend)
        {
            DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
            return ExitCodes.InputErrors;
        }

        var text = format == "json" ? AuditJsonWriter.Write(ResultDocument.Trend(trend)) : Markdown(trend);
        return ReportWriter.Write(text, output);
    }

    /// <summary>The trend as Markdown: one row per assessment, a column per top-level node, then what changed.</summary>
    internal static string Markdown(TrendReport trend)
    {
        var text = new StringBuilder();
        var first = trend.Assessments.FirstOrDefault();
        text.Append(CultureInfo.InvariantCulture, $"# Progress of {first?.InstitutionName} ({first?.InstitutionId}), {first?.RulesetId}\n\n");
        text.Append("| Assessment | Score | Grade | Coverage |").Append(string.Concat(trend.Nodes.Select(n => $" {n.Id} |"))).Append('\n');
        text.Append("|---|---:|---|---:|").Append(string.Concat(trend.Nodes.Select(_ => "---:|"))).Append('\n');
        for (var i = 0; i < trend.Assessments.Length; i++)
        {
            var a = trend.Assessments[i];
            text.Append(CultureInfo.InvariantCulture, $"| {a.Label} | {Number(a.Score)} | {a.Grade ?? "–"} | {(a.Coverage is { } c ? (c * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "–")} |");
            text.Append(string.Concat(trend.Nodes.Select(n => $" {Number(n.Scores[i])} |"))).Append('\n');
        }

        foreach (var step in trend.Steps)
        {
            var change = step.ScoreChange is { } d ? $" ({(d >= 0 ? "+" : "")}{Number(d)})" : "";
            text.Append(CultureInfo.InvariantCulture, $"\n## {step.From} → {step.To}{change}\n\n");
            Moves(text, "Moved up", step.Moves.Where(m => m.Up));
            Moves(text, "Moved down", step.Moves.Where(m => !m.Up));
            if (!step.NewlyMissing.IsEmpty)
            {
                text.Append(CultureInfo.InvariantCulture, $"- Evidence supplied before and missing now: {string.Join(", ", step.NewlyMissing)}\n");
            }

            if (step.Moves.IsEmpty && step.NewlyMissing.IsEmpty)
            {
                text.Append("- No indicator changed status.\n");
            }
        }

        return text.ToString();
    }

    private static void Moves(StringBuilder text, string label, IEnumerable<StatusMove> moves)
    {
        var list = moves.ToList();
        if (list.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {label} ({list.Count}): {string.Join(", ", list.Select(m => $"{m.Id} ({m.Before.Replace('_', ' ')} → {m.After.Replace('_', ' ')})"))}\n");
        }
    }

    private static string Number(double? value) => value is { } v ? ResultDocument.Round(v).ToString("0.##", CultureInfo.InvariantCulture) : "–";
}
