using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Crosswalks;

/// <summary>
/// Checks a crosswalk against the two rulesets it is used with: the right rulesets in the right
/// order and edition, every indicator id and evidence key known to its side, and conversions that
/// fit the keys' types. Every problem is reported at its mapping.
/// </summary>
public static class CrosswalkChecker
{
    /// <summary>True when the crosswalk can be used with these rulesets (no errors were added).</summary>
    public static bool Check(Crosswalk crosswalk, Ruleset from, Ruleset to, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(crosswalk);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var before = diagnostics.ErrorCount;
        if (!SideMatches(crosswalk.From, "from", from, diagnostics) | !SideMatches(crosswalk.To, "to", to, diagnostics))
        {
            return false;
        }

        foreach (var mapping in crosswalk.Indicators)
        {
            KnownIndicator(from, mapping.From, mapping.Span, diagnostics);
            KnownIndicator(to, mapping.To, mapping.Span, diagnostics);
        }

        foreach (var mapping in crosswalk.Evidence)
        {
            var source = KnownKey(from, mapping.FromKey, mapping.Span, diagnostics);
            var target = KnownKey(to, mapping.ToKey, mapping.Span, diagnostics);
            if (source is not null && target is not null)
            {
                CheckConversion(mapping, source, target, diagnostics);
            }
        }

        return diagnostics.ErrorCount == before;
    }

    private static bool SideMatches(CrosswalkSide side, string name, Ruleset ruleset, DiagnosticBag diagnostics)
    {
        if (side.Ruleset != ruleset.Info.Id)
        {
            diagnostics.Add(DiagnosticCatalog.CrosswalkRulesetMismatch(side.Span, name, side.Ruleset, ruleset.Info.Id));
            return false;
        }

        if (VersionSpec.Parse(side.Version) is { } spec && !spec.Matches(ruleset.Info.Version))
        {
            diagnostics.Add(DiagnosticCatalog.CrosswalkVersionMismatch(side.Span, name, side.Ruleset, side.Version, ruleset.Info.Version));
            return false;
        }

        return true;
    }

    private static void KnownIndicator(Ruleset ruleset, string id, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (!ruleset.Indicators.Any(i => i.Id == id))
        {
            diagnostics.Add(DiagnosticCatalog.CrosswalkUnknownIndicator(span, ruleset.Info.Id, id, Suggestions.Closest(id, ruleset.Indicators.Select(i => i.Id))));
        }
    }

    /// <summary>A key of the dictionary; a former key is known too, since packs may still use it.</summary>
    private static EvidenceItem? KnownKey(Ruleset ruleset, string key, SourceSpan span, DiagnosticBag diagnostics)
    {
        if ((ruleset.FindEvidence(key) ?? ruleset.FindFormerKey(key)?.Item) is { } item)
        {
            return item;
        }

        diagnostics.Add(DiagnosticCatalog.CrosswalkUnknownKey(span, ruleset.Info.Id, key, Suggestions.Closest(key, ruleset.Evidence.Select(e => e.Key))));
        return null;
    }

    private static void CheckConversion(EvidenceMapping mapping, EvidenceItem source, EvidenceItem target, DiagnosticBag diagnostics)
    {
        var conversion = mapping.Conversion;
        if (conversion.Scale is not null && !(source.Type.IsNumeric && target.Type.IsNumeric))
        {
            diagnostics.Add(DiagnosticCatalog.CrosswalkBadConversion(mapping.Span, $"'scale' multiplies numbers, but '{source.Key}' is {source.Type} and '{target.Key}' is {target.Type}"));
        }
        else if (!conversion.Values.IsEmpty)
        {
            if (target.Type.Kind != TypeKind.Choice)
            {
                diagnostics.Add(DiagnosticCatalog.CrosswalkBadConversion(mapping.Span, $"'values' maps choices, but '{target.Key}' is {target.Type}"));
            }
            else if (conversion.Values.Values.FirstOrDefault(v => !target.Type.Choices.Contains(v, StringComparer.Ordinal)) is { } stray)
            {
                diagnostics.Add(DiagnosticCatalog.CrosswalkBadConversion(mapping.Span, $"'{stray}' is not a choice of '{target.Key}' ({string.Join(", ", target.Type.Choices)})"));
            }
        }
        else if (conversion.Scale is null && !source.Type.IsComparableWith(target.Type))
        {
            diagnostics.Add(DiagnosticCatalog.CrosswalkTypesDiffer(mapping.Span, source.Key, source.Type.ToString(), target.Key, target.Type.ToString()));
        }
    }
}
