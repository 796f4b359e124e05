using System.Collections.Immutable;
using System.Globalization;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Explanation;

/// <summary>
/// Reads a <see cref="PlainReason"/> off an indicator's trace: the conditions that decided its
/// status, each as what was looked at (an evidence item, a computed share, a date), the value found
/// and what the rule asks for. The technical reason of <see cref="ReasonWriter"/> names the same
/// conditions in rule syntax; this one keeps only data, so a report can say it in words.
/// </summary>
public static class PlainReasonWriter
{
    private const int MaxFacts = 4;

    public static PlainReason Write(IndicatorTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var reader = new Reader(trace);
        var top = trace.Clauses.FirstOrDefault(c => c.Clause == "met" || c.Clause.StartsWith("level ", StringComparison.Ordinal));
        return trace.Status switch
        {
            IndicatorStatus.Met => reader.Reason("met", top!.Value),
            IndicatorStatus.NotApplicable => reader.Reason("not_applicable", trace.Clauses[0].Value),
            IndicatorStatus.Partial when top!.Clause.StartsWith("level ", StringComparison.Ordinal) => reader.Reason("level", top.Value) with
            {
                Fallback = reader.Fallback(trace.Clauses[^1].Value),
                Level = LevelOf(trace.Clauses[^1].Clause),
                TopLevel = LevelOf(top.Clause),
            },
            IndicatorStatus.Partial => reader.Reason("partial", top!.Value) with { Fallback = reader.Fallback(trace.Clauses[^1].Value) },
            IndicatorStatus.NotMet => reader.Reason("not_met", top!.Value) with
            {
                // The last clause tried is the partial rule or the lowest level: what partial credit needed.
                Fallback = trace.Clauses[^1] != top ? reader.Fallback(trace.Clauses[^1].Value) : [],
            },
            _ => reader.Insufficient(),
        };
    }

    /// <summary>Without a trace (a batch) only the status is known.</summary>
    public static PlainReason WithoutTrace(IndicatorStatus status) => new(status switch
    {
        IndicatorStatus.Met => "met",
        IndicatorStatus.Partial => "partial",
        IndicatorStatus.NotMet => "not_met",
        IndicatorStatus.NotApplicable => "not_applicable",
        _ => "undecided",
    }, []);

    private static double LevelOf(string clause) => double.Parse(clause["level ".Length..], CultureInfo.InvariantCulture);

    private sealed class Reader(IndicatorTrace trace)
    {
        private readonly Dictionary<string, TraceNode> _lets = trace.Clauses
            .Where(c => c.Clause.StartsWith("let ", StringComparison.Ordinal))
            .ToDictionary(c => c.Clause["let ".Length..], c => c.Value, StringComparer.Ordinal);

        private List<ReasonFact> _main = [];

        public PlainReason Reason(string code, TraceNode clause)
        {
            _main = Collect(clause);
            return new PlainReason(code, [.. _main.Take(MaxFacts)]) { More = Math.Max(0, _main.Count - MaxFacts) };
        }

        /// <summary>
        /// What the fallback rule asks of the same values as the top rule (the partial threshold of a
        /// share the top rule found too low); its other conditions held or failed alike and say nothing new.
        /// </summary>
        public ImmutableArray<ReasonFact> Fallback(TraceNode clause)
        {
            var shown = _main.Take(MaxFacts).Select(Measured).ToHashSet();
            return [.. Collect(clause).Where(f => shown.Contains(Measured(f)))];
        }

        /// <summary>Facts are about the same measure when the subject, the kind of value and its basis agree (a count and a share of it are two).</summary>
        private static (ReasonSubject, string?, string?) Measured(ReasonFact fact) => (fact.Subject, fact.Value?.Kind, fact.BasisCode);

        private List<ReasonFact> Collect(TraceNode clause)
        {
            var facts = new List<ReasonFact>();
            Explain(clause, negate: false, facts);
            // Records compare arrays by reference, so duplicates are found by what a reader would see twice.
            return [.. facts.DistinctBy(f => (f.Code, f.Subject, f.Operator, f.Threshold, f.Value, f.Holds))];
        }

        public PlainReason Insufficient()
        {
            var missing = new List<ReasonFact>();
            TraceNode? undefined = null;
            foreach (var clause in trace.Clauses)
            {
                CollectMissing(clause.Value, missing);
                undefined ??= NoValueCause.FirstUndefined(clause.Value);
            }

            if (missing.Count > 0)
            {
                var distinct = missing.DistinctBy(f => f.Subject.Key).ToList();
                return new PlainReason("missing", [.. distinct.Take(MaxFacts + 2)]) { More = Math.Max(0, distinct.Count - MaxFacts - 2) };
            }

            if (undefined is null)
            {
                return new PlainReason("undecided", []);
            }

            var (subject, _, basisCode, basis) = Describe(undefined, null);
            return new PlainReason("no_value", [new ReasonFact("no_value", subject, null, Holds: false) { Cause = NoValueCause.Of(undefined), BasisCode = basisCode, Basis = basis }]);
        }

        private static void CollectMissing(TraceNode node, List<ReasonFact> missing)
        {
            if (node.Evidence is { } item && node.IsMissing)
            {
                missing.Add(new ReasonFact("missing", Evidence(item), null, Holds: false));
            }

            foreach (var child in node.Children)
            {
                CollectMissing(child, missing);
            }
        }

        /// <summary>The facts that give a condition its value; under 'not' every requirement is turned around.</summary>
        private void Explain(TraceNode node, bool negate, List<ReasonFact> facts)
        {
            var children = node.Children.ToList();
            switch (node.Shape.Expression)
            {
                case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or }:
                    // A false 'and' is decided by its false operands, a true 'or' by its true ones; otherwise
                    // every operand counts. Either way: the operands with the value of the whole.
                    foreach (var child in children.Where(c => c.AsBoolean == node.AsBoolean))
                    {
                        Explain(child, negate, facts);
                    }

                    break;
                case BoundUnary { Operator: UnaryOperator.Not } when children.Count == 1:
                    Explain(children[0], !negate, facts);
                    break;
                case BoundLetReference reference when _lets.TryGetValue(reference.Let.Name, out var let) && let.Type.Kind == TypeKind.Boolean:
                    Explain(let, negate, facts);
                    break;
                case BoundConditional when children.Count == 2:
                    Explain(children[1], negate, facts);
                    break;
                case BoundBinary { Operator: var op } when Comparison(op) is not null && children.Count == 2:
                    facts.Add(Compare(node, op, children[0], children[1], negate));
                    break;
                case BoundIn @in when children.Count >= 1:
                    facts.Add(In(node, @in, negate, children));
                    break;
                case BoundCall { Function: Known } when children.Count == 1:
                    facts.Add(new ReasonFact("supplied", Describe(children[0], null).Subject, null, Holds(node, negate)));
                    break;
                case BoundCall { Function: Any or All } call when children.Count == 1:
                    var (list, value, _, _) = Describe(children[0], null);
                    facts.Add(new ReasonFact(call.Function is Any ? "any" : "all", list, value, Holds(node, negate)));
                    break;
                default:
                    facts.Add(Answer(node, negate));
                    break;
            }
        }

        /// <summary>A boolean read as it is (an evidence item, a parameter): the value found and the one the rule wants.</summary>
        private ReasonFact Answer(TraceNode node, bool negate)
        {
            var (subject, value, basisCode, basis) = Describe(node, null);
            var holds = Holds(node, negate);
            if (node.Type.Kind != TypeKind.Boolean || node.AsBoolean is not { } actual)
            {
                return new ReasonFact("value", subject, value, holds) { BasisCode = basisCode, Basis = basis };
            }

            // The rule wants the value that makes the fact hold under the negations above it.
            return new ReasonFact("compare", subject, value, holds)
            {
                Operator = "equal",
                Threshold = new ReasonValue("boolean", holds ? actual : !actual),
                BasisCode = basisCode,
                Basis = basis,
            };
        }

        private static bool Holds(TraceNode node, bool negate) => (node.AsBoolean ?? false) ^ negate;

        private ReasonFact Compare(TraceNode node, BinaryOperator op, TraceNode left, TraceNode right, bool negate)
        {
            // The subject is the side that reads the institution's evidence; the other side is the requirement.
            var swap = Weight(right) > Weight(left);
            var (subjectNode, thresholdNode) = swap ? (right, left) : (left, right);
            var comparison = swap ? Mirror(op) : op;
            if (negate)
            {
                comparison = Negation(comparison);
            }

            var (subject, value, basisCode, basis) = Describe(subjectNode, null);
            // The requirement is in the subject's terms: its kind (a plain 0.7 against a percentage is 70%) and its unit.
            var threshold = ValueOf(thresholdNode, value?.Kind, value?.Unit);
            var thresholdSubject = Weight(thresholdNode) >= 2 ? Describe(thresholdNode, null).Subject : null;
            return new ReasonFact("compare", subject, value is null ? null : Align(value, threshold), Holds(node, negate))
            {
                Operator = Comparison(comparison),
                Threshold = threshold,
                ThresholdSubject = thresholdSubject,
                BasisCode = basisCode,
                Basis = basis,
            };
        }

        private ReasonFact In(TraceNode node, BoundIn @in, bool negate, List<TraceNode> children)
        {
            var (subject, value, basisCode, basis) = Describe(children[0], null);
            return new ReasonFact("compare", subject, value, Holds(node, negate))
            {
                Operator = @in.Negated ^ negate ? "none_of" : "one_of",
                Choices = [.. children.Skip(1).Select(c => ValueOf(c, value?.Kind)).OfType<ReasonValue>()],
                BasisCode = basisCode,
                Basis = basis,
            };
        }

        /// <summary>What a value is (its subject), the value, and the figures it was computed from.</summary>
        private (ReasonSubject Subject, ReasonValue? Value, string? BasisCode, ImmutableArray<ReasonValue> Basis) Describe(TraceNode node, string? name)
        {
            var children = node.Children.ToList();
            switch (node.Shape.Expression)
            {
                case BoundEvidence evidence:
                    return (Evidence(evidence.Item), ValueOf(node, null, evidence.Item.Unit), null, []);
                case BoundParameter parameter:
                    return (new ReasonSubject("parameter", parameter.Parameter.Name, parameter.Parameter.Description), ValueOf(node, null), null, []);
                case BoundLetReference reference when _lets.TryGetValue(reference.Let.Name, out var let):
                    return Describe(let, reference.Let.Name);
                case BoundConditional when children.Count == 2:
                    // The branch taken is what the value is.
                    var branch = Describe(children[1], name);
                    return (branch.Subject, ValueOf(node, branch.Value?.Kind, branch.Value?.Unit), branch.BasisCode, branch.Basis);
                case BoundCall { Function: Ratio } or BoundBinary { Operator: BinaryOperator.Divide } when children.Count == 2:
                    {
                        var part = Describe(children[0], null);
                        var whole = ValueOf(children[1], null, part.Value?.Unit);
                        var subject = part.Subject.Kind == "computed" ? Named(name) : part.Subject;
                        return (subject, ValueOf(node, "percentage"), "of", part.Value is null || whole is null ? [] : [part.Value, whole]);
                    }

                case BoundCall { Function: DaysBetween } when children.Count == 2:
                    {
                        var from = Describe(children[0], null);
                        var subject = from.Subject.Kind == "computed" ? Named(name) : from.Subject;
                        return (subject, ValueOf(node, "days"), "between", [.. children.Select(c => ValueOf(c, null)).OfType<ReasonValue>()]);
                    }

                case BoundCall { Function: Count or Share } call when children.Count == 1:
                    {
                        var list = Describe(children[0], null);
                        var records = list.Value;
                        if (call.Arguments.Length == 1)
                        {
                            // count(list) is the number of records itself.
                            return (list.Subject, ValueOf(node, "integer"), null, []);
                        }

                        var matching = call.Function is Count ? ValueOf(node, "integer") : null;
                        return (list.Subject, ValueOf(node, call.Function is Share ? "percentage" : "integer"), "records",
                            records is null ? [] : matching is null ? [records] : [matching, records]);
                    }

                case BoundSelect when children.Count >= 1 && children[0].Evidence is { } grouped:
                    // One group's figure: the grouped item, its value, and which group it is.
                    return (Evidence(grouped), ValueOf(node, null, grouped.Unit), "group", [new ReasonValue("text", NoValueCause.Group(node))]);

                default:
                    return (Named(name), ValueOf(node, null), null, []);
            }
        }

        private static ReasonSubject Named(string? name) => name is null ? new ReasonSubject("computed", null, null) : new ReasonSubject("let", name, null);
    }

    private static ReasonSubject Evidence(EvidenceItem item) => new("evidence", item.Key, item.Question);

    /// <summary>How strongly a side of a comparison is "about the institution": evidence and what is computed from it, then parameters, then literals.</summary>
    private static int Weight(TraceNode node) => node.Shape.Expression switch
    {
        BoundConstant => 0,
        BoundParameter => 1,
        _ => ReadsEvidence(node) ? 2 : 1,
    };

    private static bool ReadsEvidence(TraceNode node) =>
        node.Shape.Expression is BoundEvidence or BoundLetReference || node.Children.Any(ReadsEvidence);

    /// <summary>A value of the trace in its reason form; <paramref name="kind"/> reads a plain number as the percentage or days it is compared with.</summary>
    internal static ReasonValue? ValueOf(TraceNode node, string? kind, string? unit = null)
    {
        if (node.IsMissing)
        {
            return null;
        }

        var value = node.Value;
        return node.Type.Kind switch
        {
            TypeKind.Boolean => new ReasonValue("boolean", value),
            TypeKind.Date => new ReasonValue("date", ((DateOnly)value!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            TypeKind.Choice => new ReasonValue("choice", value),
            TypeKind.Text => new ReasonValue("text", value),
            TypeKind.RecordList => new ReasonValue("records", (double)((IReadOnlyList<object?[]>)value!).Count, unit),
            TypeKind.Percentage => new ReasonValue("percentage", value, unit),
            _ when kind is "percentage" or "days" => new ReasonValue(kind, value, unit),
            TypeKind.Integer => new ReasonValue("integer", value, unit),
            _ => new ReasonValue("number", value, unit),
        };
    }

    /// <summary>A subject is said in the kind of its requirement: an integer compared with days is days.</summary>
    private static ReasonValue Align(ReasonValue value, ReasonValue? threshold) =>
        threshold is { Kind: "days" } && value.Kind == "integer" ? value with { Kind = "days" } : value;

    private static string? Comparison(BinaryOperator op) => op switch
    {
        BinaryOperator.GreaterOrEqual => "at_least",
        BinaryOperator.LessOrEqual => "at_most",
        BinaryOperator.Greater => "above",
        BinaryOperator.Less => "below",
        BinaryOperator.Equal => "equal",
        BinaryOperator.NotEqual => "not_equal",
        _ => null,
    };

    private static BinaryOperator Mirror(BinaryOperator op) => op switch
    {
        BinaryOperator.GreaterOrEqual => BinaryOperator.LessOrEqual,
        BinaryOperator.LessOrEqual => BinaryOperator.GreaterOrEqual,
        BinaryOperator.Greater => BinaryOperator.Less,
        BinaryOperator.Less => BinaryOperator.Greater,
        _ => op,
    };

    private static BinaryOperator Negation(BinaryOperator op) => op switch
    {
        BinaryOperator.GreaterOrEqual => BinaryOperator.Less,
        BinaryOperator.LessOrEqual => BinaryOperator.Greater,
        BinaryOperator.Greater => BinaryOperator.LessOrEqual,
        BinaryOperator.Less => BinaryOperator.GreaterOrEqual,
        BinaryOperator.Equal => BinaryOperator.NotEqual,
        BinaryOperator.NotEqual => BinaryOperator.Equal,
        _ => op,
    };
}
