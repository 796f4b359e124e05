using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Reading;

/// <summary>
/// An evidence pack as a reader found it, before any check against a ruleset: every field as the
/// text that was written, with its position (file and line/column, or sheet and cell). Readers
/// check their format's structure; the evidence binder (the next stage) checks the meaning,
/// the same way for every format.
/// </summary>
public sealed record EvidenceDocument(
    string Path,
    SourceSpan Span,
    DocumentInstitution? Institution,
    DocumentText? Period,
    DocumentText? Date,
    DocumentText? Assessment,
    DocumentText? Assessor,
    ImmutableArray<DocumentEntry> Entries,
    ImmutableArray<DocumentOverride> Overrides)
{
    /// <summary>Free notes per indicator, as the institution wrote them beside its answers.</summary>
    public ImmutableArray<DocumentNote> Notes { get; init; } = [];

    /// <summary>Data files of the institution's records; null when the pack gives none.</summary>
    public DocumentData? Data { get; init; }
}

/// <summary>A note on one indicator: its id as written and the text.</summary>
public sealed record DocumentNote(DocumentText IndicatorId, DocumentText Text);

/// <summary>A piece of text and where it was written.</summary>
public sealed record DocumentText(SourceSpan Span, string Text);

/// <summary>
/// The institution's fields; <see cref="Span"/> is where the institution was given.
/// <see cref="Malformed"/>: given in a shape the reader already reported, so nothing more is said of it.
/// </summary>
public sealed record DocumentInstitution(SourceSpan Span, DocumentText? Id, DocumentText? Name, DocumentText? Country, bool Malformed = false);

/// <summary>One evidence item: its key, its value (absent when only a source or comment was given) and where it came from.</summary>
public sealed record DocumentEntry(DocumentText Key, DocumentValue? Value, DocumentSource? Source, DocumentText? Comment)
{
    /// <summary>The function (department) of the institution responsible for the answer, such as finance or HR.</summary>
    public DocumentText? Function { get; init; }
}

/// <summary>Where a value came from, as a reader found it.</summary>
public sealed record DocumentSource(
    DocumentText? Document, DocumentText? Page, DocumentText? Interview, DocumentText? Mis, DocumentText? Observation, DocumentText? Date);

/// <summary>An assessor's or committee's grade decision as written: every field still text.</summary>
public sealed record DocumentOverride(SourceSpan Span, DocumentText? Ruleset, DocumentText? Grade, DocumentText? Notches, DocumentText? Reason, DocumentText? By);

/// <summary>A value as written. A closed hierarchy.</summary>
public abstract record DocumentValue(SourceSpan Span)
{
    /// <summary>The value as the evidence entry shows it ("45%", "null", "3 record(s)").</summary>
    public abstract string Display { get; }

    /// <summary>What was found, for a message that says something else was expected.</summary>
    public abstract string Describe();
}

/// <summary>A single value: a number, a date, a boolean, a choice, text.</summary>
public sealed record ScalarValue(SourceSpan Span, string Text) : DocumentValue(Span)
{
    /// <summary>
    /// What the text means as a yes/no answer when its format has words for them (a workbook's
    /// drop-down offers yes and no in the questionnaire's language); null when it has none. The
    /// binder uses it only for boolean items, so a choice named 'yes' stays a choice.
    /// </summary>
    public bool? YesNo { get; init; }

    public override string Display => Text;

    public override string Describe() => $"the value '{Text}'";
}

/// <summary>A value written as null or left empty: not collected.</summary>
public sealed record NullValue(SourceSpan Span) : DocumentValue(Span)
{
    public override string Display => "null";

    public override string Describe() => "null";
}

/// <summary>A list; for a 'list of' item, each element is a <see cref="RecordValue"/>.</summary>
public sealed record ListValue(SourceSpan Span, ImmutableArray<DocumentValue> Items) : DocumentValue(Span)
{
    public override string Display => $"{Items.Length} record(s)";

    public override string Describe() => "a list";
}

/// <summary>A record: named fields.</summary>
public sealed record RecordValue(SourceSpan Span, ImmutableArray<DocumentField> Fields) : DocumentValue(Span)
{
    public override string Display => "";

    public override string Describe() => "a mapping";
}

public sealed record DocumentField(DocumentText Name, DocumentValue Value);
