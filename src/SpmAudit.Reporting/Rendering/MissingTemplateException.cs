using Scriban.Parsing;
using Scriban.Syntax;

namespace SpmAudit.Reporting.Rendering;

/// <summary>An include named a template that neither the template directory nor the built-in set has.</summary>
internal sealed class MissingTemplateException(SourceSpan span, string name) : ScriptRuntimeException(span, $"Template '{name}' is not available.")
{
    public string Name { get; } = name;
}
