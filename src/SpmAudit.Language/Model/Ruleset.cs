using System.Collections.Immutable;

namespace SpmAudit.Language.Model;

/// <summary>A compiled ruleset: the one model both front ends produce. Immutable.</summary>
public sealed record Ruleset(
    RulesetInfo Info,
    ImmutableArray<string> Levels,
    Scale Scale,
    GradeScale Grades,
    ImmutableArray<EvidenceItem> Evidence,
    ImmutableArray<Parameter> Parameters,
    ImmutableArray<RuleNode> Nodes,
    ImmutableArray<RuleNode> Indicators,
    ImmutableArray<SourceFile> Sources)
{
    public ScoringPolicy Scoring { get; init; } = ScoringPolicy.Standard;

    public ImmutableArray<Certification> Certifications { get; init; } = [];

    /// <summary>Language code → node id → translated title and guidance.</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, NodeTranslation>> Translations { get; init; } =
        ImmutableDictionary<string, ImmutableDictionary<string, NodeTranslation>>.Empty;

    /// <summary>Tables an evidence pack may supply as data files, and the metrics and scorecards computed from them.</summary>
    public ImmutableArray<DataTable> Tables { get; init; } = [];

    public ImmutableArray<Metric> Metrics { get; init; } = [];

    public ImmutableArray<Scorecard> Scorecards { get; init; } = [];

    /// <summary>The functions the ruleset declares, in the rule language or in C#.</summary>
    public ImmutableArray<RulesetFunction> Functions { get; init; } = [];

    /// <summary>
    /// Set by the trust check (<see cref="Scripting.ScriptTrust"/>) when the C# functions may run; the
    /// engine refuses to run C# functions of a ruleset without it.
    /// </summary>
    public bool ScriptsTrusted { get; init; }

    public bool HasCSharpFunctions => Functions.Any(f => f.IsCSharp);

    private readonly Dictionary<string, EvidenceItem> _evidenceByKey =
        Evidence.ToDictionary(e => e.Key, StringComparer.Ordinal);

    public EvidenceItem? FindEvidence(string key) => _evidenceByKey.GetValueOrDefault(key);

    private readonly Dictionary<string, (EvidenceItem Item, FormerKey Former)> _evidenceByFormerKey = Evidence
        .SelectMany(e => e.Formerly.Select(f => (Item: e, Former: f)))
        .DistinctBy(p => p.Former.Key, StringComparer.Ordinal)
        .ToDictionary(p => p.Former.Key, StringComparer.Ordinal);

    /// <summary>The item a deprecated key now reads as, or null when the key was never an item's former key.</summary>
    public (EvidenceItem Item, FormerKey Former)? FindFormerKey(string key) =>
        _evidenceByFormerKey.TryGetValue(key, out var found) ? found : null;

    /// <summary>One hash for the whole ruleset: SHA-256 over each source's path and hash, in load order.</summary>
    public string Sha256 => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Concat(Sources.Select(s => $"{s.Path}\0{s.Sha256}\n")))));
}

public sealed record RulesetInfo(
    string Id,
    string Title,
    string Version,
    string? Follows,
    DateOnly? ValidFrom,
    DateOnly? ValidTo)
{
    /// <summary>Base ruleset first, then each profile applied to it; empty for a ruleset used as written.</summary>
    public ImmutableArray<LineageEntry> Lineage { get; init; } = [];
}

/// <summary>One step of a profile chain: the base ruleset or a profile, with its version.</summary>
public sealed record LineageEntry(string Kind, string Id, string Version, string Path);

/// <summary>A file that went into the ruleset, with the SHA-256 of its bytes, for reproducibility.</summary>
public sealed record SourceFile(string Path, string Sha256);
