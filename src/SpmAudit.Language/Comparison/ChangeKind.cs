namespace SpmAudit.Language.Comparison;

/// <summary>How a part of a ruleset changed between two editions; within one subject, changes are listed in this order.</summary>
public enum ChangeKind
{
    Added,
    Removed,

    /// <summary>Same id, another parent node.</summary>
    Moved,

    /// <summary>Same id, other words: a title, guidance, a question or a description.</summary>
    Reworded,
    Weight,
    Critical,

    /// <summary>A clause of an indicator's rule or a certification's rule, compared as normalised rule text.</summary>
    Rule,

    /// <summary>Any other value: a parameter's default, a band's minimum score, a cap's grade, points on the scale…</summary>
    Changed,
}
