using CsCheck;

namespace SpmAudit.Engine.Tests.Differential;

/// <summary>
/// Generates well-typed rule expressions over <see cref="World.Dictionary"/> as DSL text, using
/// every operator and built-in function, with literals chosen to reach zero denominators, empty
/// lists and results beyond the finite numbers. Generators are built once per depth.
/// </summary>
internal static class RuleGenerator
{
    private const int Depth = 4;

    private static readonly string[] Numbers = ["0", "1", "2", "0.5", "3.25", "100", "1000000", "10000000000000000000000000000"];
    private static readonly string[] Percents = ["0%", "5%", "50%", "100%", "150%"];
    private static readonly string[] Dates = ["2024-01-01", "2025-06-30", "2026-12-31"];

    /// <summary>Index: [lets visible (0/1), inside a lambda over l1 (0/1), depth].</summary>
    private static readonly Gen<string>[,,] Bools = new Gen<string>[2, 2, Depth + 1];
    private static readonly Gen<string>[,,] Nums = new Gen<string>[2, 2, Depth + 1];

    static RuleGenerator()
    {
        for (var lets = 0; lets < 2; lets++)
        {
            // Lambda bodies first: the generators outside a lambda build list functions from them.
            for (var lambda = 1; lambda >= 0; lambda--)
            {
                for (var d = 0; d <= Depth; d++)
                {
                    Nums[lets, lambda, d] = Num(lets == 1, lambda == 1, d);
                    Bools[lets, lambda, d] = Bool(lets == 1, lambda == 1, d);
                }
            }
        }
    }

    public static Gen<string> Condition(bool lets) => Bools[lets ? 1 : 0, 0, Depth];

    public static Gen<string> Number(bool lets) => Nums[lets ? 1 : 0, 0, Depth - 1];

    private static Gen<string> NumLeaf(bool lets, bool lambda)
    {
        var leaves = new List<(int, IGen<string>)>
        {
            (3, Gen.OneOf(Numbers)),
            (2, Gen.OneOf(Percents)),
            (4, Gen.OneOf("n1", "n2", "n3", "i1", "p1", "p2")),
            (1, Gen.Const("max_n")),
        };
        if (lets)
        {
            leaves.Add((2, Gen.Const("a")));
        }

        if (lambda)
        {
            leaves.Add((4, Gen.Const("r.v")));
        }

        return Gen.Frequency([.. leaves]);
    }

    private static Gen<string> BoolLeaf(bool lets, bool lambda)
    {
        var leaves = new List<(int, IGen<string>)>
        {
            (1, Gen.OneOf("true", "false")),
            (4, Gen.OneOf("b1", "b2", "b3")),
            (2, Gen.OneOf("c1 == x", "c1 != y", "t1 == \"abc\"", "d1 < d2", "d1 >= 2025-01-01", "b1 == b2")),
            (1, Gen.OneOf("known(n1)", "known(t1)", "known(l1)", "known(c1)", "known(g1[k = 1])")),
        };
        if (lets)
        {
            leaves.Add((2, Gen.Const("b")));
        }

        if (lambda)
        {
            leaves.Add((4, Gen.OneOf("r.f", "r.s == \"abc\"", "known(r.v)")));
        }

        return Gen.Frequency([.. leaves]);
    }

    private static Gen<string> Num(bool lets, bool lambda, int depth)
    {
        var leaf = NumLeaf(lets, lambda);
        if (depth == 0)
        {
            return leaf;
        }

        var (l, m, n) = (lets ? 1 : 0, lambda ? 1 : 0, depth - 1);
        var sub = Nums[l, m, n];
        var cond = Bools[l, m, n];
        var options = new List<(int, IGen<string>)>
        {
            (6, leaf),
            (4, Gen.Select(sub, Gen.OneOf("+", "-", "*", "/"), sub, (a, op, b) => $"({a} {op} {b})")),
            (1, sub.Select(a => $"-({a})")),
            (2, Gen.Select(sub, sub, (a, b) => $"ratio({a}, {b})")),
            (2, Gen.Select(Gen.OneOf("min", "max"), sub.Array[1, 3], (f, args) => $"{f}({string.Join(", ", args)})")),
            (1, sub.Select(a => $"abs({a})")),
            (1, Gen.OneOf("days_between(d1, d2)", "days_between(d2, 2025-01-01)")),
            // Selectors over g1, whose keys repeat or go missing: none, one or several records match.
            (2, Gen.OneOf(Gen.OneOf("g1[k = 1]", "g1[c = x]", "g1[k = 2, c = y]", "g1[c = y, k = 7]", "g1[k = i1]"), sub.Select(a => $"g1[k = {a}]"))),
            (2, Gen.Select(cond, sub, sub, (c, a, b) => $"(if {c} then {a} else {b})")),
        };
        if (!lambda)
        {
            // List functions over l1; their lambdas see the record's fields.
            var body = Nums[l, 1, n];
            var predicate = Bools[l, 1, n];
            options.Add((2, Gen.OneOf(
                Gen.Const("count(l1)"),
                predicate.Select(p => $"count(l1, r => {p})"),
                body.Select(b => $"sum(l1, r => {b})"),
                body.Select(b => $"avg(l1, r => {b})"),
                body.Select(b => $"median(l1, r => {b})"),
                predicate.Select(p => $"share(l1, r => {p})"))));
        }

        return Gen.Frequency([.. options]);
    }

    private static Gen<string> Bool(bool lets, bool lambda, int depth)
    {
        var leaf = BoolLeaf(lets, lambda);
        if (depth == 0)
        {
            return leaf;
        }

        var (l, m, n) = (lets ? 1 : 0, lambda ? 1 : 0, depth - 1);
        var sub = Bools[l, m, n];
        var num = Nums[l, m, n];
        var options = new List<(int, IGen<string>)>
        {
            (4, leaf),
            (6, Gen.Select(num, Gen.OneOf("<", "<=", ">", ">=", "==", "!="), num, (a, op, b) => $"{a} {op} {b}")),
            (4, Gen.Select(sub, Gen.OneOf("and", "or"), sub, (a, op, b) => $"({a} {op} {b})")),
            (2, sub.Select(a => $"not ({a})")),
            (1, Gen.Select(Gen.OneOf("c1 in [x, z]", "c1 not in [y]", "c1 in []", "c1 not in []", "t1 in [\"abc\", \"\"]"), Gen.Const(""), (a, _) => a)),
            (1, Gen.Select(num, num.Array[0, 3], Gen.Bool, (v, items, negated) => $"{v} {(negated ? "not in" : "in")} [{string.Join(", ", items)}]")),
            (1, Gen.Select(sub, sub, sub, (c, a, b) => $"(if {c} then {a} else {b})")),
            (1, num.Select(a => $"known({a})")),
        };
        if (!lambda)
        {
            var predicate = Bools[l, 1, n];
            options.Add((2, Gen.Select(Gen.OneOf("any", "all"), predicate, (f, p) => $"{f}(l1, r => {p})")));
        }

        return Gen.Frequency([.. options]);
    }
}
