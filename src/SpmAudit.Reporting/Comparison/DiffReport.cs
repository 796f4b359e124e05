using System.Collections.Immutable;
using SpmAudit.Engine.Comparison;
using SpmAudit.Language.Comparison;

namespace SpmAudit.Reporting.Comparison;

/// <summary>What 'spm-audit diff' reports: the structural changes and, when packs were given, each one re-scored.</summary>
public sealed record DiffReport(RulesetDiff Diff, string OldSha256, string NewSha256, ImmutableArray<PackRescore> Packs)
{
    /// <summary>How many indicators that moved a score the text and Markdown show per pack (the JSON lists all).</summary>
    public const int ShiftsShown = 5;
}
