using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Rendering;

namespace SpmAudit.Reporting.Formats;

/// <summary>One way to write a result: its name on the command line and how it is rendered.</summary>
public abstract class ReportFormat
{
    public abstract string Name { get; }

    public abstract string Description { get; }

    /// <summary>Binary output (PDF) goes to a file, never to a terminal.</summary>
    public virtual bool NeedsOutputFile => false;

    public abstract ReportOutput Render(AuditResult result, ReportOptions options);
}
