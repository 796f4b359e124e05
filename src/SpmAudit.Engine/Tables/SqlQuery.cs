using System.Collections.Immutable;

namespace SpmAudit.Engine.Tables;

/// <summary>A query and its parameters, in order: every value from a ruleset or a pack travels as a parameter, never inside the text.</summary>
public sealed record SqlQuery(string Text, ImmutableArray<object?> Parameters);
