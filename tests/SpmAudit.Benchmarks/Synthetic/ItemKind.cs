namespace SpmAudit.Benchmarks.Synthetic;

/// <summary>What an evidence item of a synthetic rule holds; decides its DSL type and how packs fill it.</summary>
internal enum ItemKind
{
    /// <summary>A yes/no fact (a written policy, a board approval).</summary>
    Flag,

    /// <summary>A count used as a denominator (active borrowers, clients interviewed).</summary>
    Total,

    /// <summary>A count that is part of the preceding <see cref="Total"/> (women borrowers, clients who knew the price).</summary>
    Part,

    /// <summary>A count of incidents among the preceding <see cref="Total"/> (complaints, arrears): usually a small part of it.</summary>
    Incidents,

    /// <summary>A percentage from 0% to 100%.</summary>
    Share,

    /// <summary>A level of practice, best first: one of (full, most, some, none).</summary>
    Level,

    /// <summary>A delay in days.</summary>
    Days,
}
