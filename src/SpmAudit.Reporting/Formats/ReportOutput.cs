using System.Collections.Immutable;
using System.Text;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Reporting.Formats;

/// <summary>A rendered report (its bytes), or why it could not be rendered: diagnostics, or a plain problem of the environment.</summary>
public sealed record ReportOutput(byte[]? Bytes, ImmutableArray<Diagnostic> Diagnostics, string? Problem = null)
{
    public bool Success => Bytes is not null;

    public static ReportOutput Text(string text) => new(Encoding.UTF8.GetBytes(text), []);

    public static ReportOutput Failed(ImmutableArray<Diagnostic> diagnostics) => new(null, diagnostics);

    public static ReportOutput Failed(string problem) => new(null, [], problem);
}
