namespace SpmAudit.Engine.Results;

/// <summary>
/// The values a traced evaluation recorded, one slot per <see cref="TraceShape"/> of the ruleset:
/// run-time scalars in <see cref="Numbers"/>, text and lists in <see cref="Objects"/>, and whether
/// the sub-expression was evaluated at all (the right side of a decided 'and' is not).
/// </summary>
public sealed class TraceValues(int slots)
{
#pragma warning disable CA1051 // Compiled rules store into these arrays directly; properties would add a call per value.
    public readonly double[] Numbers = new double[slots];
    public readonly object?[] Objects = new object?[slots];
    public readonly bool[] Evaluated = new bool[slots];
#pragma warning restore CA1051
}
