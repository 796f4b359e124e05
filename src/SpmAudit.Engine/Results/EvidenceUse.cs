using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Results;

/// <summary>An evidence item an indicator read, with what the pack supplied (null when missing).</summary>
public sealed record EvidenceUse(EvidenceItem Item, EvidenceEntry? Entry)
{
    public bool IsMissing => Entry is null || Entry.IsMissing;
}
