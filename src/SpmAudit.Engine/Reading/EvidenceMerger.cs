using System.Collections.Immutable;

namespace SpmAudit.Engine.Reading;

/// <summary>How a merge treats an item both packs answer.</summary>
public enum MergeMode
{
    /// <summary>Keep the base's answers; take the update's only where the base has none.</summary>
    FillBlanks,

    /// <summary>Take the update's answers wherever it has one.</summary>
    Override,
}

/// <summary>
/// Merges two evidence documents of any format (a pack, an answer sheet, a filled questionnaire),
/// item by item, and says what happened to each: added (only the update answers it), changed (the
/// update's answer was taken), kept (the base's stands). Values are compared as written; the merged
/// document is checked against a ruleset like any other when it is audited.
/// </summary>
public static class EvidenceMerger
{
    public static MergeResult Merge(EvidenceDocument baseDocument, EvidenceDocument update, MergeMode mode)
    {
        ArgumentNullException.ThrowIfNull(baseDocument);
        ArgumentNullException.ThrowIfNull(update);
        var changes = ImmutableArray.CreateBuilder<MergeChange>();
        DocumentText? Field(string name, DocumentText? old, DocumentText? @new)
        {
            var (taken, kind) = Pick(old?.Text, @new?.Text, mode);
            if (kind != MergeKind.Kept || old is not null)
            {
                changes.Add(new MergeChange("@" + name, kind, old?.Text, kind == MergeKind.Kept ? @new?.Text : taken));
            }

            return kind == MergeKind.Kept ? old : @new;
        }

        var institution = new DocumentInstitution(
            baseDocument.Institution?.Span ?? update.Institution?.Span ?? baseDocument.Span,
            Field("institution.id", baseDocument.Institution?.Id, update.Institution?.Id),
            Field("institution.name", baseDocument.Institution?.Name, update.Institution?.Name),
            Field("institution.country", baseDocument.Institution?.Country, update.Institution?.Country));
        var period = Field("period", baseDocument.Period, update.Period);
        var date = Field("date", baseDocument.Date, update.Date);
        var assessment = Field("assessment", baseDocument.Assessment, update.Assessment);
        var assessor = Field("assessor", baseDocument.Assessor, update.Assessor);

        var updates = update.Entries.ToDictionary(e => e.Key.Text, StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<DocumentEntry>();
        foreach (var entry in baseDocument.Entries)
        {
            if (!updates.Remove(entry.Key.Text, out var other))
            {
                entries.Add(entry);
                changes.Add(new MergeChange(entry.Key.Text, MergeKind.Kept, Show(entry.Value), null));
                continue;
            }

            var (_, kind) = Pick(Canonical(entry.Value), Canonical(other.Value), mode);
            var merged = kind == MergeKind.Kept ? entry with { Value = entry.Value is null or NullValue ? other.Value ?? entry.Value : entry.Value } : other;
            // A source, comment and function describe a value, so they go with the value taken; the
            // other pack's fill gaps only when both packs give the same value.
            var same = Canonical(entry.Value) == Canonical(other.Value);
            var (taken, left) = kind == MergeKind.Kept ? (entry, other) : (other, entry);
            merged = merged with
            {
                Source = taken.Source ?? (same ? left.Source : null),
                Comment = taken.Comment ?? (same ? left.Comment : null),
                Function = taken.Function ?? (same ? left.Function : null),
            };
            entries.Add(merged);
            changes.Add(new MergeChange(entry.Key.Text, kind, Show(entry.Value), Show(other.Value)));
        }

        foreach (var added in update.Entries.Where(e => updates.ContainsKey(e.Key.Text)))
        {
            entries.Add(added);
            changes.Add(new MergeChange(added.Key.Text, MergeKind.Added, null, Show(added.Value)));
        }

        var notes = baseDocument.Notes.ToDictionary(n => n.IndicatorId.Text, StringComparer.Ordinal);
        foreach (var note in update.Notes)
        {
            var old = notes.GetValueOrDefault(note.IndicatorId.Text);
            var (_, kind) = Pick(old?.Text.Text, note.Text.Text, mode);
            if (kind != MergeKind.Kept)
            {
                notes[note.IndicatorId.Text] = note;
            }

            changes.Add(new MergeChange("note " + note.IndicatorId.Text, kind, old?.Text.Text, note.Text.Text));
        }

        // Overrides are decisions per ruleset: the update's replace the base's for the same ruleset only when overriding.
        var overrides = baseDocument.Overrides.ToList();
        foreach (var decision in update.Overrides)
        {
            var index = overrides.FindIndex(o => o.Ruleset?.Text == decision.Ruleset?.Text);
            if (index < 0)
            {
                overrides.Add(decision);
            }
            else if (mode == MergeMode.Override)
            {
                overrides[index] = decision;
            }
        }

        var document = new EvidenceDocument(
            baseDocument.Path, baseDocument.Span, institution.Id is null && institution.Name is null && institution.Country is null ? null : institution,
            period, date, assessment, assessor, entries.ToImmutable(), [.. overrides])
        {
            Notes = [.. notes.Values],
        };
        return new MergeResult(document, changes.ToImmutable());
    }

    /// <summary>Which answer a merge keeps: the old one (kept), or the new one (added when there was none, changed otherwise).</summary>
    private static (string? Taken, MergeKind Kind) Pick(string? old, string? @new, MergeMode mode)
    {
        if (@new is null || @new == old)
        {
            return (old, MergeKind.Kept);
        }

        if (old is null)
        {
            return (@new, MergeKind.Added);
        }

        return mode == MergeMode.Override ? (@new, MergeKind.Changed) : (old, MergeKind.Kept);
    }

    /// <summary>A value as text for comparing and listing: null when not answered; lists with every record.</summary>
    private static string? Canonical(DocumentValue? value) => value switch
    {
        null or NullValue => null,
        ScalarValue scalar => scalar.Text,
        ListValue list => "[" + string.Join(", ", list.Items.Select(Canonical)) + "]",
        RecordValue record => "{ " + string.Join(", ", record.Fields.Select(f => $"{f.Name.Text}: {Canonical(f.Value) ?? "null"}")) + " }",
        _ => value.Display,
    };

    private static string? Show(DocumentValue? value) => value is ListValue list ? $"{list.Items.Length} record(s)" : Canonical(value);
}

/// <summary>The merged document and what happened to every item.</summary>
public sealed record MergeResult(EvidenceDocument Document, ImmutableArray<MergeChange> Changes);

public enum MergeKind
{
    Added,
    Changed,
    Kept,
}

/// <summary>One item of a merge: its key (pack fields start with '@'), what happened, the base's value and the update's.</summary>
public sealed record MergeChange(string Key, MergeKind Kind, string? Old, string? New);
