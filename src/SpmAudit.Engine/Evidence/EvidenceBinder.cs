using System.Collections.Immutable;
using System.Globalization;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evidence;

/// <summary>
/// Checks a neutral <see cref="EvidenceDocument"/> against a ruleset's evidence dictionary and
/// turns it into an <see cref="EvidencePack"/>, whatever format it was read from: unknown keys,
/// values of the wrong type, out of range or not among the choices are SPM4xxx diagnostics at the
/// value's position. All problems of a pack are reported in one run.
/// </summary>
public sealed partial class EvidenceBinder
{
    private readonly Ruleset _ruleset;
    private readonly DiagnosticBag _diagnostics;

    private EvidenceBinder(Ruleset ruleset, DiagnosticBag diagnostics)
    {
        _ruleset = ruleset;
        _diagnostics = diagnostics;
    }

    /// <summary>The pack, or null when the document has errors (the diagnostics say which).</summary>
    public static EvidencePack? Bind(EvidenceDocument document, string sha256, Ruleset ruleset, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        var pack = new EvidenceBinder(ruleset, diagnostics).Bind(document, sha256);
        return diagnostics.ErrorCount > before ? null : pack;
    }

    private EvidencePack? Bind(EvidenceDocument document, string sha256)
    {
        var institution = BindInstitution(document);
        var assessment = BindAssessment(document.Assessment);
        var date = BindDate(document.Date);
        var items = new Dictionary<string, EvidenceEntry>(StringComparer.Ordinal);
        var underFormerKeys = new List<(DocumentEntry Written, EvidenceEntry Read)>();
        foreach (var entry in document.Entries)
        {
            if (_ruleset.FindEvidence(entry.Key.Text) is { } item)
            {
                items[item.Key] = BindEntry(item, entry, entry.Value, date);
            }
            else if (_ruleset.FindFormerKey(entry.Key.Text) is { } renamed)
            {
                _diagnostics.Add(DiagnosticCatalog.FormerKeyUsed(entry.Key.Span, entry.Key.Text, renamed.Item.Key));
                underFormerKeys.Add((entry, BindEntry(renamed.Item, entry, FormerKeys.AsItemNames(renamed.Item, renamed.Former, entry.Value), date)));
            }
            else
            {
                var suggestion = Suggestions.Closest(entry.Key.Text, _ruleset.Evidence.Select(e => e.Key));
                _diagnostics.Add(DiagnosticCatalog.UnknownEvidenceKey(entry.Key.Span, entry.Key.Text, suggestion));
            }
        }

        AddUnderFormerKeys(underFormerKeys, items);
        AddComputed(document, items);
        return institution is null
            ? null
            : new EvidencePack(document.Path, sha256, institution, document.Period?.Text, date, assessment, document.Assessor?.Text, items.AsReadOnly())
            {
                Override = BindOverrides(document.Overrides),
                Notes = BindNotes(document.Notes),
            };
    }

    private EvidenceEntry BindEntry(EvidenceItem item, DocumentEntry entry, DocumentValue? written, DateOnly? date)
    {
        var value = written is null ? null : BindValue(item, written);
        return Fresh(item, new EvidenceEntry(item.Key, value, entry.Value?.Display ?? "", BindSource(entry.Source), entry.Comment?.Text, entry.Key.Span)
        {
            Function = entry.Function?.Text,
        }, date);
    }

    /// <summary>Metrics computed from the pack's data files; a metric may not also be given by hand.</summary>
    private void AddComputed(EvidenceDocument document, Dictionary<string, EvidenceEntry> items)
    {
        if (document.Data is not { } data)
        {
            return;
        }

        if (_ruleset.Tables.IsEmpty)
        {
            _diagnostics.Add(DiagnosticCatalog.DataShape(data.Span, "names data files, but the ruleset declares no tables to read them into"));
            return;
        }

        foreach (var metric in Tables.TableEvidence.Compute(_ruleset, data, _diagnostics))
        {
            var entry = new EvidenceEntry(metric.Key, metric.Value, metric.Display, new EvidenceSource(null, null, null, metric.Mis, null, metric.Date), null, metric.Span)
            {
                Computed = metric.Provenance,
            };
            if (items.TryGetValue(entry.Key, out var byHand))
            {
                _diagnostics.Add(DiagnosticCatalog.MetricSuppliedByHand(byHand.Span, entry.Key));
                continue;
            }

            items[entry.Key] = entry;
        }
    }

    private Institution? BindInstitution(EvidenceDocument document)
    {
        if (document.Institution is not { } institution)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingInstitution(document.Span, "id"));
            return null;
        }

        if (institution.Malformed)
        {
            return null;
        }

        if (institution.Id is null || institution.Name is null)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingInstitution(institution.Span, institution.Id is null ? "id" : "name"));
            return null;
        }

        return new Institution(institution.Id.Text, institution.Name.Text, institution.Country?.Text);
    }

    private AssessmentType BindAssessment(DocumentText? text)
    {
        switch (text?.Text)
        {
            case null or "self-assessment":
                return AssessmentType.SelfAssessment;
            case "accompanied-self-assessment":
                return AssessmentType.AccompaniedSelfAssessment;
            case "external-audit":
                return AssessmentType.ExternalAudit;
            default:
                _diagnostics.Add(DiagnosticCatalog.UnknownAssessmentType(text.Span, text.Text));
                return AssessmentType.SelfAssessment;
        }
    }

    private DateOnly? BindDate(DocumentText? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _diagnostics.Add(DiagnosticCatalog.InvalidScalar(text.Span, text.Text, "a date (YYYY-MM-DD) for 'date'"));
        return null;
    }

    /// <summary>
    /// Evidence older than the item's freshness ('valid for 24 months') before the assessment date
    /// is not used: the entry keeps what was written but has no value, and says why. The evidence's
    /// date is its source date, or for a date item the date itself; undated evidence, or a pack
    /// without an assessment date, cannot be judged and stays.
    /// </summary>
    private static EvidenceEntry Fresh(EvidenceItem item, EvidenceEntry entry, DateOnly? assessed)
    {
        if (item.ValidForMonths is not { } months || assessed is not { } on || entry.Value is null)
        {
            return entry;
        }

        var dated = DateOnly.TryParseExact(entry.Source?.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var sourceDate)
            ? sourceDate
            : entry.Value as DateOnly?;
        if (dated is not { } evidenceDate || evidenceDate >= on.AddMonths(-months))
        {
            return entry;
        }

        var stale = $"'{item.Key}' is dated {Iso(evidenceDate)}, more than the {months} months it stays valid before the assessment of {Iso(on)}";
        return entry with { Value = null, Stale = stale };
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private ImmutableDictionary<string, string> BindNotes(ImmutableArray<DocumentNote> notes)
    {
        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var note in notes)
        {
            if (!_ruleset.Indicators.Any(i => i.Id == note.IndicatorId.Text))
            {
                var suggestion = Suggestions.Closest(note.IndicatorId.Text, _ruleset.Indicators.Select(i => i.Id));
                _diagnostics.Add(DiagnosticCatalog.UnknownNoteIndicator(note.IndicatorId.Span, note.IndicatorId.Text, suggestion));
                continue;
            }

            result[note.IndicatorId.Text] = note.Text.Text;
        }

        return result.ToImmutable();
    }

    private static EvidenceSource? BindSource(DocumentSource? source) => source is null
        ? null
        : new EvidenceSource(source.Document?.Text, source.Page?.Text, source.Interview?.Text, source.Mis?.Text, source.Observation?.Text, source.Date?.Text);

    /// <summary>Overrides are recorded per ruleset: a pack audited against several rulesets carries one for each decision.</summary>
    private GradeOverride? BindOverrides(ImmutableArray<DocumentOverride> overrides)
    {
        GradeOverride? result = null;
        foreach (var entry in overrides)
        {
            if (entry.Ruleset is null)
            {
                _diagnostics.Add(DiagnosticCatalog.MissingField(entry.Span, "ruleset", "an override"));
                continue;
            }

            if (entry.Ruleset.Text == _ruleset.Info.Id)
            {
                result = BindOverride(entry) ?? result;
            }
        }

        return result;
    }

    private GradeOverride? BindOverride(DocumentOverride entry)
    {
        decimal? notches = null;
        if (entry.Notches is { } notchText)
        {
            if (!decimal.TryParse(notchText.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
            {
                _diagnostics.Add(DiagnosticCatalog.InvalidScalar(notchText.Span, notchText.Text, "a number for 'notches'"));
                return null;
            }

            notches = n;
        }

        if ((entry.Grade is null) == (notches is null) || notches is { } k && (k == 0 || decimal.Truncate(k) != k))
        {
            _diagnostics.Add(DiagnosticCatalog.OverrideShape(entry.Span));
            return null;
        }

        if (string.IsNullOrWhiteSpace(entry.Reason?.Text))
        {
            _diagnostics.Add(DiagnosticCatalog.OverrideWithoutReason(entry.Span));
            return null;
        }

        if (entry.Grade is { } grade && _ruleset.Grades.IndexOf(grade.Text) < 0)
        {
            var suggestion = Suggestions.Closest(grade.Text, _ruleset.Grades.Bands.Select(b => b.Grade));
            _diagnostics.Add(DiagnosticCatalog.OverrideUnknownGrade(grade.Span, grade.Text, suggestion));
            return null;
        }

        return new GradeOverride(entry.Grade?.Text, notches is { } whole ? (int)whole : null, entry.Reason!.Text, entry.By?.Text, entry.Span);
    }
}
