namespace SpmAudit.Language.Compilation;

/// <summary>A loaded source: its parsed syntax plus what reproducibility needs (bytes hash, display path).</summary>
internal sealed record LoadedSource(string FullPath, string DisplayPath, string RelativeToRoot, string Sha256, Syntax.RulesetFileSyntax Syntax, bool IsRoot)
{
    /// <summary>The C# files its functions are written in, hashed like the source itself.</summary>
    public System.Collections.Immutable.ImmutableArray<Model.SourceFile> Scripts { get; init; } = [];
}
