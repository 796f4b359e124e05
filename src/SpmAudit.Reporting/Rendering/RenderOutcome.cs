using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Reporting.Rendering;

public sealed record RenderOutcome(string? Text, ImmutableArray<Diagnostic> Diagnostics);
