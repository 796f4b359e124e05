namespace SpmAudit.Engine.Evaluation;

/// <summary>
/// An evidence pack laid out for compiled rules: one slot per dictionary item (by ordinal), in
/// the run-time form of <see cref="Language.Functions.RuntimeValues"/>. Scalars live in
/// <see cref="Numbers"/> (NaN when missing), text and lists of records in <see cref="Objects"/>
/// (null when missing).
/// </summary>
public sealed class EvidenceFrame
{
    public EvidenceFrame(int size)
    {
        Numbers = new double[size];
        Objects = new object?[size];
        Array.Fill(Numbers, double.NaN);
    }

#pragma warning disable CA1051 // Compiled rules load these arrays with one field access each; properties would add a call.
    public readonly double[] Numbers;
    public readonly object?[] Objects;
#pragma warning restore CA1051
}
