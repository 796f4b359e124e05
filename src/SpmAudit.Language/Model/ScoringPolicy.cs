using System.Collections.Immutable;

namespace SpmAudit.Language.Model;

/// <summary>How node scores are computed (a model per level, a default for the rest) and what missing evidence counts for.</summary>
public sealed record ScoringPolicy(ScoringModel Default, ImmutableDictionary<string, ScoringModel> ByLevel, MissingEvidencePolicy Missing)
{
    public static readonly ScoringPolicy Standard = new(ScoringModel.WeightedMean, ImmutableDictionary<string, ScoringModel>.Empty, MissingEvidencePolicy.Zero);

    public ScoringModel ModelFor(string level) => ByLevel.GetValueOrDefault(level, Default);
}

/// <summary>The scoring models of docs/scoring.md.</summary>
public enum ScoringModel
{
    WeightedMean,
    FlatPoints,
    Absolute,
    Minimum,
}

public enum MissingEvidencePolicy
{
    /// <summary>Insufficient evidence scores 0 and stays in the denominator.</summary>
    Zero,

    /// <summary>Insufficient evidence leaves the denominator; the result is provisional.</summary>
    Exclude,
}
