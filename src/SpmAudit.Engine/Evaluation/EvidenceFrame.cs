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

    private List<ScriptCallFailure>? _failures;

    /// <summary>Calls of C# functions that ran out of fuel or threw while this pack was evaluated.</summary>
    public IReadOnlyList<ScriptCallFailure> Failures => (IReadOnlyList<ScriptCallFailure>?)_failures ?? [];

    internal void RecordFailure(ScriptCallFailure failure)
    {
        _failures ??= [];
        if (!_failures.Any(f => f.IndicatorOrdinal == failure.IndicatorOrdinal && f.Function == failure.Function))
        {
            _failures.Add(failure);
        }
    }
}
