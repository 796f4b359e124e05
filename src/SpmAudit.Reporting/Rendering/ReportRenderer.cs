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
        var globals = TemplateFunctions.Create(labels);
        globals["result"] = ReportModel.Create(result, options.Language, options.Extras);
        globals["labels"] = labels;
        globals["for_print"] = options.ForPrint;
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
            return new RenderOutcome(template.Render(context), []);
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

    /// <summary>An error inside an included template is located in that template, not at the include.</summary>
    private static string FileOf(Scriban.Parsing.SourceSpan span, string mainPath) =>
        string.IsNullOrEmpty(span.FileName) ? mainPath : span.FileName;

    /// <summary>Scriban counts lines and columns from 0.</summary>
    private static SourceSpan Span(string path, Scriban.Parsing.SourceSpan span) => new(path, span.Start.Line + 1, span.Start.Column + 1);
}
