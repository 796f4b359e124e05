using SpmAudit.Language.Compilation;

namespace SpmAudit.Language.Distribution;

/// <summary>Where a named ruleset lives: a store and the full path of its root file (or profile) in it.</summary>
public sealed record RulesetLocation(ISourceStore Store, string Path);
