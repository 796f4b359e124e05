using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Tests.Differential;

/// <summary>
/// The semantics of docs/language.md and docs/scoring.md written a second time, plainly, with
/// C#'s nullable values for missing ones and no code shared with the engine's run time: an
/// independent oracle for the compiled rules and their traces. Slow on purpose-built clarity.
/// </summary>
internal sealed class ReferenceEvaluator(EvidencePack pack)
{
    private readonly Dictionary<BoundLet, object?> _lets = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BoundRecordVariable, object?[]> _records = new(ReferenceEqualityComparer.Instance);

    /// <summary>The status, the 1-based fallback that held (0 otherwise), and each clause's value by clause name.</summary>
    public (IndicatorStatus Status, int Level, Dictionary<string, object?> Clauses) Evaluate(IndicatorRule rule)
    {
        var clauses = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (rule.Applies is not null)
        {
            var applies = (bool?)Value(rule.Applies);
            clauses["applies"] = applies;
            if (applies is null)
            {
                return (IndicatorStatus.InsufficientEvidence, 0, clauses);
            }

            if (applies == false)
            {
                return (IndicatorStatus.NotApplicable, 0, clauses);
            }
        }

        foreach (var let in rule.Lets)
        {
            _lets[let] = Value(let.Value);
            clauses[$"let {let.Name}"] = _lets[let];
        }

        var met = (bool?)Value(rule.Met);
        clauses["met"] = met;
        if (met == true)
        {
            return (IndicatorStatus.Met, 0, clauses);
        }

        if (met is null)
        {
            return (IndicatorStatus.InsufficientEvidence, 0, clauses);
        }

        var fallbacks = rule.FallbackConditions;
        for (var k = 0; k < fallbacks.Length; k++)
        {
            var fallback = (bool?)Value(fallbacks[k]);
            clauses[$"fallback {k}"] = fallback;
            if (fallback == true)
            {
                return (IndicatorStatus.Partial, k + 1, clauses);
            }

            if (fallback is null)
            {
                return (IndicatorStatus.InsufficientEvidence, 0, clauses);
            }
        }

        return (IndicatorStatus.NotMet, 0, clauses);
    }

    /// <summary>bool?, double?, string, DateOnly?, a choice's name, or records; null when missing.</summary>
    public object? Value(BoundExpression expression) => expression switch
    {
        BoundConstant c => c.Value,
        BoundParameter p => p.Parameter.Value,
        BoundEvidence e => pack.Find(e.Item.Key)?.Value,
        BoundLetReference l => _lets[l.Let],
        BoundField f => _records[(BoundRecordVariable)f.Record][f.FieldIndex],
        BoundUnary { Operator: UnaryOperator.Not } u => !(bool?)Value(u.Operand),
        BoundUnary u => -(double?)Value(u.Operand),
        BoundBinary b => Binary(b),
        BoundIn i => In(i),
        BoundConditional c => (bool?)Value(c.Condition) is { } chosen ? Value(chosen ? c.Then : c.Else) : null,
        BoundCall call => Call(call),
        BoundSelect select => Select(select),
        _ => throw new InvalidOperationException($"No reference semantics for {expression.GetType().Name}."),
    };

    private object? Binary(BoundBinary b)
    {
        if (b.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            // Kleene logic, written with C#'s own three-valued & and |.
            var (left, right) = ((bool?)Value(b.Left), (bool?)Value(b.Right));
            return b.Operator == BinaryOperator.And ? left & right : left | right;
        }

        var (l, r) = (Value(b.Left), Value(b.Right));
        if (l is null || r is null)
        {
            return null;
        }

        if (b.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            var equal = Equals(Comparable(l), Comparable(r));
            return b.Operator == BinaryOperator.Equal ? equal : !equal;
        }

        var (x, y) = (Number(l), Number(r));
        return b.Operator switch
        {
            BinaryOperator.Add => Finite(x + y),
            BinaryOperator.Subtract => Finite(x - y),
            BinaryOperator.Multiply => Finite(x * y),
            BinaryOperator.Divide => y == 0 ? null : Finite(x / y),
            BinaryOperator.Less => x < y,
            BinaryOperator.LessOrEqual => x <= y,
            BinaryOperator.Greater => x > y,
            _ => x >= y,
        };
    }

    private bool? In(BoundIn bound)
    {
        var value = Value(bound.Value);
        bool? found = false;
        foreach (var item in bound.Items)
        {
            var candidate = Value(item);
            found |= value is null || candidate is null ? null : Equals(Comparable(value), Comparable(candidate));
        }

        return bound.Negated ? !found : found;
    }

    private object? Call(BoundCall call)
    {
        var name = call.Function.Name;
        if (call.Function is AggregateFunction)
        {
            return List(call, name);
        }

        var values = call.Arguments.Select(Value).ToList();
        if (name == "known")
        {
            return values[0] is not null;
        }

        if (values.Any(v => v is null))
        {
            return null;
        }

        var numbers = values.Select(v => Number(v!)).ToList();
        return name switch
        {
            "ratio" => numbers[1] == 0 ? null : Finite(numbers[0] / numbers[1]),
            "min" => numbers.Min(),
            "max" => numbers.Max(),
            "abs" => Math.Abs(numbers[0]),
            "days_between" => numbers[1] - numbers[0],
            _ => throw new InvalidOperationException($"No reference semantics for {name}."),
        };
    }

    private object? List(BoundCall call, string name)
    {
        if (Value(call.Arguments[0]) is not IReadOnlyList<object?[]> records)
        {
            return null;
        }

        var values = new List<object?>();
        foreach (var record in records)
        {
            if (call.Arguments.Length == 1)
            {
                values.Add(true);
                continue;
            }

            var lambda = (BoundLambda)call.Arguments[1];
            _records[lambda.Variable] = record;
            values.Add(Value(lambda.Body));
        }

        var anyMissing = values.Any(v => v is null);
        return name switch
        {
            "any" => values.Any(v => v is true) ? true : anyMissing ? null : false,
            "all" => values.Any(v => v is false) ? false : anyMissing ? null : true,
            _ when anyMissing => null,
            "count" => (double)values.Count(v => v is true),
            "share" => values.Count == 0 ? null : (double)values.Count(v => v is true) / values.Count,
            "sum" => Finite(values.Aggregate(0.0, (total, v) => total + (double)v!)),
            "avg" => values.Count == 0 ? null : Finite(values.Aggregate(0.0, (total, v) => total + (double)v!) / values.Count),
            "median" => values.Count == 0 ? null : Median([.. values.Select(v => (double)v!)]),
            _ => throw new InvalidOperationException($"No reference semantics for {name}."),
        };
    }

    /// <summary>The value of the one record whose named fields equal the values; none, or several, is missing.</summary>
    private object? Select(BoundSelect select)
    {
        if (Value(select.List) is not IReadOnlyList<object?[]> records)
        {
            return null;
        }

        var keys = select.Selections.Select(s => Value(s.Value)).ToList();
        if (keys.Any(k => k is null))
        {
            return null;
        }

        var matching = records
            .Where(r => select.Selections.Select((s, i) => r[s.FieldIndex] is { } field && Equals(Comparable(field), Comparable(keys[i]!))).All(equal => equal))
            .ToList();
        return matching.Count == 1 ? matching[0][select.ValueField] : null;
    }

    private static double? Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : Finite((values[middle - 1] + values[middle]) / 2);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static double Number(object value) => value switch
    {
        double d => d,
        DateOnly date => date.DayNumber,
        _ => throw new InvalidOperationException($"{value} is not a number."),
    };

    private static object Comparable(object value) => value is DateOnly date ? (double)date.DayNumber : value;
}
