using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SpmAudit.Reporting.Rendering;

/// <summary>Lets templates include other templates by plain name only, from the same sources as the main template.</summary>
internal sealed class SandboxLoader(TemplateSource source) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        source.Find(templateName) is { } found ? found.Path : throw new MissingTemplateException(callerSpan, templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        source.Find(System.IO.Path.GetFileName(templatePath))?.Text ?? throw new MissingTemplateException(callerSpan, templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
