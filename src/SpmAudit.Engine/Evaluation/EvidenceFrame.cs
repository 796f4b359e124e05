namespace SpmAudit.Engine.Evaluation;

/// <summary>
/// An evidence pack laid out for compiled rules: one slot per dictionary item (by ordinal).
/// Numbers, booleans (0/1), dates (day numbers) and choices (index) live in <see cref="Numbers"/>;
/// text and lists of records in <see cref="Objects"/>. <see cref="Known"/> tells present from missing.
/// </summary>
public sealed class EvidenceFrame(int size)
{
#pragma warning disable CA1051 // Compiled rules load these arrays with one field access each; properties would add a call.
    public readonly double[] Numbers = new double[size];
    public readonly object?[] Objects = new object?[size];
    public readonly bool[] Known = new bool[size];
#pragma warning restore CA1051
}
