using System.Collections.Immutable;

namespace SpmAudit.Engine.Evidence;

/// <summary>
/// An institution's evidence for one assessment, validated against a ruleset's dictionary.
/// <see cref="Items"/> is read-only (a plain dictionary behind it: rules look items up hundreds of times per audit).
/// </summary>
public sealed record EvidencePack(
    string Path,
    string Sha256,
    Institution Institution,
    string? Period,
    DateOnly? Date,
    AssessmentType Assessment,
    string? Assessor,
    IReadOnlyDictionary<string, EvidenceEntry> Items)
{
    /// <summary>A recorded change of the computed grade, with its reason; null when the grade stands as computed.</summary>
    public GradeOverride? Override { get; init; }

    /// <summary>Free notes per indicator id.</summary>
    public ImmutableDictionary<string, string> Notes { get; init; } = ImmutableDictionary<string, string>.Empty;

    public EvidenceEntry? Find(string key) => Items.GetValueOrDefault(key);
}
