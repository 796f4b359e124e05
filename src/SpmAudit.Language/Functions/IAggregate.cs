namespace SpmAudit.Language.Functions;

/// <summary>
/// The run-time half of a list function: a state started for each list, a step per record with
/// the value of the function's lambda for that record, and the result. A missing list gives a
/// missing result before any of these run.
/// </summary>
public interface IAggregate<TState>
    where TState : struct
{
    static abstract TState Start();

    /// <summary>Takes one record's value; false when the result is decided and later records cannot change it.</summary>
    static abstract bool Step(ref TState state, double value);

    static abstract double Finish(ref TState state);
}
