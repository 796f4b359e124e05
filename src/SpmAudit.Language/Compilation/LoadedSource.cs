namespace SpmAudit.Language.Compilation;

/// <summary>A loaded source: its parsed syntax plus what reproducibility needs (bytes hash, display path).</summary>
internal sealed record LoadedSource(string FullPath, string DisplayPath, string RelativeToRoot, string Sha256, Syntax.RulesetFileSyntax Syntax, bool IsRoot);
