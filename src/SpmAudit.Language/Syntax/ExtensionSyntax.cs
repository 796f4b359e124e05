using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>
/// 'extend 5.A.3 { indicator … }': nodes that an optional module adds under a node declared elsewhere,
/// so that a module (gender, poverty outreach) can be left out whole by a profile.
/// </summary>
public sealed record ExtensionSyntax(SourceSpan Span, string ParentId, ImmutableArray<NodeSyntax> Nodes);
