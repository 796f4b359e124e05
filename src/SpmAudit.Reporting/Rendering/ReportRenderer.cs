using System.Collections.Immutable;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;
using SpmAudit.Reporting.Localization;

namespace SpmAudit.Reporting.Rendering;

/// <summary>
/// Renders a result through a Scriban template. Rendering is sandboxed: templates read only the
/// result model and other templates by name, with limits on loops and recursion. Template mistakes
/// are diagnostics (SPM5xxx) with the template's file, line and column.
/// </summary>
public static class ReportRenderer
{
    /// <summary>Loop iterations allowed per element of the model: enough for any template that walks it a few times, still a bound on a template that loops without end.</summary>
    private const int LoopsPerElement = 64;
    private const int MinimumLoopLimit = 200_000;
    private const int RecursionLimit = 64;

    public static RenderOutcome Render(AuditResult result, string templateName, string? templateDirectory = null) =>
        Render(result, templateName, new ReportOptions(templateDirectory));

    public static RenderOutcome Render(AuditResult result, string templateName, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Render(templateName, options, ModelSize(result), globals => globals["result"] = ReportModel.Create(result, options));
    }

    /// <summary>How many elements a template can walk over: nodes, indicators and the evidence each one used.</summary>
    public static int ModelSize(AuditResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var size = (long)result.Nodes.Length + (result.Gaps?.Gaps.Length ?? 0);
        foreach (var indicator in result.Indicators)
        {
            size += 1 + indicator.Evidence.Length;
        }

        return (int)Math.Min(size, int.MaxValue / LoopsPerElement);
    }

    /// <summary>
    /// A template over any model: <paramref name="bind"/> puts the model among the globals (result, portfolio…);
    /// <paramref name="modelSize"/>, the number of elements it holds, scales the loop limit so a big ruleset is never cut by it.
    /// </summary>
    internal static RenderOutcome Render(string templateName, ReportOptions options, int modelSize, Action<ScriptObject> bind)
    {
        if (options.TemplateDirectory is { } folder && !Directory.Exists(folder))
        {
            return Fail(DiagnosticCatalog.TemplateFolderMissing(new SourceSpan(folder, 0, 0)));
        }

        try
        {
            return Render(new TemplateSource(options.TemplateDirectory), templateName, options, modelSize, bind);
        }
        catch (TemplateRefusedException refused)
        {
            return new RenderOutcome(null, refused.Diagnostics);
        }
    }

    private static RenderOutcome Render(TemplateSource source, string templateName, ReportOptions options, int modelSize, Action<ScriptObject> bind)
    {
        if (source.Find(templateName) is not { } found)
        {
            return Fail(DiagnosticCatalog.TemplateNotFound(new SourceSpan(options.TemplateDirectory ?? "<built-in>", 0, 0), templateName));
        }

        var template = Template.Parse(found.Text, found.Path);
        if (template.HasErrors)
        {
            return new RenderOutcome(null, [.. template.Messages
                .Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error)
                .Select(m => DiagnosticCatalog.TemplateSyntax(Span(found.Path, m.Span), m.Message))]);
        }

        var labels = ReportLabels.For(options.Language);
        var globals = TemplateFunctions.Create(labels, ReportLanguage.For(options.Language), options.TocPages);
        bind(globals);
        globals["labels"] = labels;
        globals["for_print"] = options.ForPrint;
        globals["report_kind"] = options.Kind;
        var context = new TemplateContext
        {
            LoopLimit = Math.Max(MinimumLoopLimit, LoopsPerElement * modelSize),
            RecursiveLimit = RecursionLimit,
            // No text is ever shortened with an ellipsis: the report is whole, or refused when it outgrows the limit.
            LimitToString = options.MaxLength,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = options.MaxLength,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            TemplateLoader = new SandboxLoader(source),
            MemberRenamer = member => member.Name,
            EnableRelaxedMemberAccess = true,
        };
        context.PushGlobal(globals);
        try
        {
            var text = template.Render(context);
            return new RenderOutcome(templateName.EndsWith(".md.sbn", StringComparison.Ordinal) ? SingleBlankLines(text) : text, []);
        }
        catch (MissingTemplateException e)
        {
            return Fail(DiagnosticCatalog.TemplateNotFound(Span(FileOf(e.Span, found.Path), e.Span), e.Name));
        }
        catch (ScriptRuntimeException e) when (IsLengthLimit(e))
        {
            return Fail(DiagnosticCatalog.ReportTooLong(new SourceSpan(found.Path, 0, 0), options.MaxLength));
        }
        catch (ScriptRuntimeException e)
        {
            return Fail(DiagnosticCatalog.TemplateRuntime(Span(FileOf(e.Span, found.Path), e.Span), e.OriginalMessage));
        }
    }

    private static RenderOutcome Fail(Diagnostic diagnostic) => new(null, [diagnostic]);

    /// <summary>Scriban says which of its two length limits stopped the render only in the message.</summary>
    private static bool IsLengthLimit(ScriptRuntimeException e) =>
        e.OriginalMessage.Contains(nameof(TemplateContext.OutputLimit), StringComparison.Ordinal)
        || e.OriginalMessage.Contains(nameof(TemplateContext.LimitToString), StringComparison.Ordinal);

    /// <summary>Markdown reads the same with one blank line as with three; templates need not count the lines their sections leave.</summary>
    private static string SingleBlankLines(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\n{3,}", "\n\n");

    /// <summary>An error inside an included template is located in that template, not at the include.</summary>
    private static string FileOf(Scriban.Parsing.SourceSpan span, string mainPath) =>
        string.IsNullOrEmpty(span.FileName) ? mainPath : span.FileName;

    /// <summary>Scriban counts lines and columns from 0.</summary>
    private static SourceSpan Span(string path, Scriban.Parsing.SourceSpan span) => new(path, span.Start.Line + 1, span.Start.Column + 1);
}
