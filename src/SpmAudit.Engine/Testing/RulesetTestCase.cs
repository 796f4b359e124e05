using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Parsing.Yaml;

namespace SpmAudit.Engine.Testing;

/// <summary>A file of test cases kept beside a ruleset: the ruleset it tests (as its 'ruleset' field names it) and its cases.</summary>
public sealed record RulesetTestFile(string Path, string DisplayPath, string Ruleset, SourceSpan RulesetSpan, ImmutableArray<RulesetTestCase> Cases);

/// <summary>
/// One case: an evidence pack (a file, or written inline), optionally a profile or parameter values to
/// audit it under, and what the audit must give.
/// </summary>
public sealed record RulesetTestCase(string Name, SourceSpan Span, TestEvidence Evidence, ImmutableArray<TestExpectation> Expectations)
{
    /// <summary>A profile to audit through instead of the file's ruleset (path relative to the test file).</summary>
    public string? Profile { get; init; }

    /// <summary>Parameter values that replace the ruleset's for this case, as a profile would set them.</summary>
    public ImmutableArray<KeyValuePair<YamlScalar, YamlScalar>> Parameters { get; init; } = [];
}

/// <summary>Where a case's evidence comes from.</summary>
public abstract record TestEvidence(SourceSpan Span);

/// <summary>A pack on disk, relative to the test file.</summary>
public sealed record TestEvidenceFile(SourceSpan Span, string Path) : TestEvidence(Span);

/// <summary>A pack written in the case itself, in the shape of a YAML pack.</summary>
public sealed record TestEvidenceInline(SourceSpan Span, YamlNode Pack) : TestEvidence(Span);

/// <summary>What one expectation checks.</summary>
public enum ExpectationKind
{
    Score,
    Grade,
    Status,
    IndicatorStatus,
    NodeStatus,
    NodeScore,
    Caps,
    Certification,
}

/// <summary>One expected value: of the result (<see cref="Subject"/> null), of an indicator, a node or a certification.</summary>
public sealed record TestExpectation(ExpectationKind Kind, string? Subject, string Expected, SourceSpan Span);
