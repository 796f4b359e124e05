using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Model;

/// <summary>A named constant of a ruleset (a target or threshold) that profiles may override.</summary>
public sealed record Parameter(string Name, DataType Type, object Value, string? Description, SourceSpan Span);
