using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>
/// One source file as parsed by either front end (DSL or YAML). Binding never looks
/// at where a file came from, which keeps the two front ends equivalent.
/// </summary>
public sealed record RulesetFileSyntax(
    string Path,
    HeaderSyntax? Header,
    ImmutableArray<ImportSyntax> Imports,
    ImmutableArray<ParameterSyntax> Parameters,
    ImmutableArray<ScaleEntrySyntax>? Scale,
    SourceSpan ScaleSpan,
    GradesSyntax? Grades,
    ImmutableArray<EvidenceItemSyntax> Evidence,
    ImmutableArray<NodeSyntax> Nodes)
{
    /// <summary>Comments in source order, by line; printers place each before the first construct after it.</summary>
    public ImmutableArray<CommentSyntax> Comments { get; init; } = [];

    /// <summary>Scoring settings: models per level ('default' for the rest) and the missing-evidence policy.</summary>
    public ImmutableArray<ScoringEntrySyntax> Scoring { get; init; } = [];

    public SourceSpan ScoringSpan { get; init; }

    public ImmutableArray<CertificationSyntax> Certifications { get; init; } = [];

    public ImmutableArray<TranslationSyntax> Translations { get; init; } = [];

    public ImmutableArray<ExtensionSyntax> Extensions { get; init; } = [];

    public ImmutableArray<TableSyntax> Tables { get; init; } = [];

    public ImmutableArray<MetricSyntax> Metrics { get; init; } = [];

    public ImmutableArray<ScorecardSyntax> Scorecards { get; init; } = [];

    /// <summary>Functions the file declares, for every indicator of the ruleset to call.</summary>
    public ImmutableArray<FunctionSyntax> Functions { get; init; } = [];

    /// <summary>Lines left empty by the author; the formatter keeps a blank line where one separated declarations.</summary>
    public ImmutableHashSet<int> BlankLines { get; init; } = [];

    public static ImmutableHashSet<int> FindBlankLines(string text) =>
        [.. text.Split('\n').Select((line, index) => (line, index)).Where(l => l.line.Trim().Length == 0).Select(l => l.index + 1)];
}
