using System.Collections.Immutable;

namespace SpmAudit.Engine.Results;

/// <summary>
/// Why an indicator got its status, as data a report can say in any language: a sentence code
/// (<see cref="Code"/>) and the facts that decided it, each naming what was looked at, the value
/// found and what the rule asks for. No words of any language are stored here beyond the ruleset's
/// own (questions, descriptions, names); Reporting turns the codes into sentences.
/// </summary>
/// <param name="Code">met, partial, level, not_met, not_applicable, missing, no_value or undecided.</param>
/// <param name="Facts">What decided the status (for partial, level and not_met: what the top rule found).</param>
public sealed record PlainReason(string Code, ImmutableArray<ReasonFact> Facts)
{
    /// <summary>What the fallback rule found: the partial rule or the level reached (holding), or for not_met the partial rule (failing).</summary>
    public ImmutableArray<ReasonFact> Fallback { get; init; } = [];

    /// <summary>For an ordinal rule: the level reached (code level) and the top level.</summary>
    public double? Level { get; init; }

    public double? TopLevel { get; init; }

    /// <summary>Facts left out to keep the reason short.</summary>
    public int More { get; init; }
}

/// <summary>
/// One fact of a reason. <see cref="Code"/> is compare (<see cref="Value"/> against <see cref="Threshold"/>
/// with <see cref="Operator"/>), supplied (whether a value was given), any or all (records of a list),
/// missing (no value supplied), no_value (a computation without a result, <see cref="Cause"/>), or
/// value (a value that decided the rule, without a requirement of its own).
/// </summary>
public sealed record ReasonFact(string Code, ReasonSubject Subject, ReasonValue? Value, bool Holds)
{
    /// <summary>at_least, at_most, above, below, equal, not_equal, one_of or none_of.</summary>
    public string? Operator { get; init; }

    public ReasonValue? Threshold { get; init; }

    /// <summary>Alternatives of one_of and none_of.</summary>
    public ImmutableArray<ReasonValue> Choices { get; init; } = [];

    /// <summary>What the threshold itself comes from, when it is evidence or a computed value rather than a constant.</summary>
    public ReasonSubject? ThresholdSubject { get; init; }

    /// <summary>The figures the value was computed from: of (part, whole), between (from, to) or records (matching, all).</summary>
    public string? BasisCode { get; init; }

    public ImmutableArray<ReasonValue> Basis { get; init; } = [];

    /// <summary>For no_value: division_by_zero, empty_list, record_lacks_value or not_finite.</summary>
    public string? Cause { get; init; }
}

/// <summary>What a fact is about: an evidence item (its question), a parameter (its description), a let (its name) or a value computed in the rule.</summary>
/// <param name="Kind">evidence, parameter, let or computed.</param>
/// <param name="Key">The evidence key, parameter name or let name; null for a computed value.</param>
/// <param name="Text">The ruleset's words for it: the question or the description; null when it has none.</param>
public sealed record ReasonSubject(string Kind, string? Key, string? Text);

/// <summary>A value in a reason, by kind: percentage and number and integer and days (double), date (yyyy-MM-dd), boolean, choice, text, records (the count).</summary>
public sealed record ReasonValue(string Kind, object? Value, string? Unit = null);
