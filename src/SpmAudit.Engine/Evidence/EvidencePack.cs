using System.Collections.Immutable;

namespace SpmAudit.Engine.Evidence;

/// <summary>An institution's evidence for one assessment, validated against a ruleset's dictionary.</summary>
public sealed record EvidencePack(
    string Path,
    string Sha256,
    Institution Institution,
    string? Period,
    DateOnly? Date,
    AssessmentType Assessment,
    string? Assessor,
    ImmutableDictionary<string, EvidenceEntry> Items)
{
    public EvidenceEntry? Find(string key) => Items.GetValueOrDefault(key);
}
