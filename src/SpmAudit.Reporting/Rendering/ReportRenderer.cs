using System.Collections.Immutable;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Reporting.Localization;

namespace SpmAudit.Reporting.Rendering;

/// <summary>
/// Renders a result through a Scriban template. Rendering is sandboxed: templates read only the
/// result model and other templates by name, with limits on loops and recursion. Template mistakes
/// are diagnostics (SPM5xxx) with the template's file, line and column.
/// </summary>
public static class ReportRenderer
{
    private const int LoopLimit = 200_000;
    private const int RecursionLimit = 64;

    public static RenderOutcome Render(AuditResult result, string templateName, string? templateDirectory = null) =>
        Render(result, templateName, new ReportOptions(templateDirectory));

    public static RenderOutcome Render(AuditResult result, string templateName, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Render(templateName, options, globals => globals["result"] = ReportModel.Create(result, options));
    }

    /// <summary>A template over any model: <paramref name="bind"/> puts the model among the globals (result, portfolio…).</summary>
    internal static RenderOutcome Render(string templateName, ReportOptions options, Action<ScriptObject> bind)
    {
        var source = new TemplateSource(options.TemplateDirectory);
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
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
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
        catch (ScriptRuntimeException e)
        {
            return Fail(DiagnosticCatalog.TemplateRuntime(Span(FileOf(e.Span, found.Path), e.Span), e.OriginalMessage));
        }
    }

    private static RenderOutcome Fail(Diagnostic diagnostic) => new(null, [diagnostic]);

    /// <summary>Markdown reads the same with one blank line as with three; templates need not count the lines their sections leave.</summary>
    private static string SingleBlankLines(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\n{3,}", "\n\n");

    /// <summary>An error inside an included template is located in that template, not at the include.</summary>
    private static string FileOf(Scriban.Parsing.SourceSpan span, string mainPath) =>
        string.IsNullOrEmpty(span.FileName) ? mainPath : span.FileName;

    /// <summary>Scriban counts lines and columns from 0.</summary>
    private static SourceSpan Span(string path, Scriban.Parsing.SourceSpan span) => new(path, span.Start.Line + 1, span.Start.Column + 1);
}
