using System.Globalization;
using System.Text;
using CsCheck;

namespace SpmAudit.Engine.Tests.Differential;

/// <summary>A generated ruleset (its rules as DSL text) and evidence packs for it, with missing values, empty lists and extreme numbers.</summary>
internal sealed record World(string Ruleset, IReadOnlyList<string> Packs, IReadOnlyList<string> Rules)
{
    public const string Dictionary = """
        evidence {
          b1 : boolean
          b2 : boolean
          b3 : boolean
          n1 : number
          n2 : number
          n3 : number
          i1 : integer range 0..
          p1 : percentage
          p2 : percentage
          d1 : date
          d2 : date
          c1 : one of (x, y, z)
          t1 : text
          l1 : list of { v: number, f: boolean, s: text }
          g1 : list of { k: integer, c: one of (x, y), value: number }
        }
        """;

    private static readonly Gen<string> Indicator = Gen.Bool.SelectMany(lets => Gen.Select(
        // 'applies' is bound before the lets, so it never sees them.
        Gen.Frequency((3, Gen.Const("")), (1, RuleGenerator.Condition(lets: false).Select(c => $"applies when {c}  "))),
        lets ? Gen.Select(RuleGenerator.Number(lets: false), RuleGenerator.Condition(lets: false), (a, b) => $"let a = {a}  let b = {b}  ") : Gen.Const(""),
        Gen.Frequency(
            (3, RuleGenerator.Condition(lets).Select(m => $"met when {m}")),
            (3, Gen.Select(RuleGenerator.Condition(lets), RuleGenerator.Condition(lets), (m, p) => $"met when {m}  partial when {p}")),
            (2, RuleGenerator.Condition(lets).Array[2, 3].Select(levels => string.Join("  ", levels.Select((c, i) => $"{levels.Length - i} when {c}"))))),
        (applies, let, score) => $"{applies}{let}score {{ {score} }}"));

    private static readonly Gen<string> NumberValue = Gen.OneOf("0", "-1", "0.5", "3", "12.75", "10000000000000000000000000000", "0.0000000001");

    private static readonly Gen<string> Record = Gen.Select(
        Gen.Frequency((4, NumberValue.Select(v => $"v: {v}")), (1, Gen.Const(""))),
        Gen.Frequency((4, Gen.OneOf("f: true", "f: false")), (1, Gen.Const(""))),
        Gen.Frequency((3, Gen.OneOf("s: abc", "s: \"\"", "s: other")), (1, Gen.Const(""))),
        (v, f, s) => "{ " + string.Join(", ", new[] { v, f, s }.Where(p => p.Length > 0)) + " }");

    /// <summary>A record of g1: keys that repeat (so a selector may find none, one or several records), sometimes missing.</summary>
    private static readonly Gen<string> Group = Gen.Select(
        Gen.Frequency((5, Gen.OneOf("k: 1", "k: 2", "k: 7")), (1, Gen.Const(""))),
        Gen.Frequency((5, Gen.OneOf("c: x", "c: y")), (1, Gen.Const(""))),
        Gen.Frequency((5, NumberValue.Select(v => $"value: {v}")), (1, Gen.Const(""))),
        (k, c, v) => "{ " + string.Join(", ", new[] { k, c, v }.Where(p => p.Length > 0)) + " }");

    private static readonly Gen<string[]> Values = Gen.Select(
        Gen.Select(Gen.OneOf("true", "false"), Gen.OneOf("true", "false"), Gen.OneOf("true", "false"), (a, b, c) => new[] { a, b, c }),
        NumberValue.Array[3],
        Gen.OneOf("0", "1", "7", "250"),
        Gen.OneOf("0%", "12.5%", "50%", "100%", "0.3"),
        Gen.OneOf("0%", "99%", "1"),
        Gen.Select(Gen.OneOf("2024-01-01", "2025-03-15", "2026-12-31"), Gen.OneOf("2024-01-01", "2025-03-15"), (a, b) => new[] { a, b }),
        Gen.Select(Gen.OneOf("x", "y", "z"), Gen.OneOf("abc", "\"\"", "other"), (c, t) => new[] { c, t }),
        (bools, numbers, i, p1, p2, dates, texts) => (string[])[.. bools, .. numbers, i, p1, p2, .. dates, .. texts]);

    private static readonly string[] Keys = ["b1", "b2", "b3", "n1", "n2", "n3", "i1", "p1", "p2", "d1", "d2", "c1", "t1"];

    /// <summary>A pack: each scalar item present (one in six missing, one in twelve written as null), and a list of 0 to 3 records.</summary>
    private static readonly Gen<string> Pack = Gen.Select(Values, Gen.Int[0, 11].Array[Keys.Length], Gen.Frequency((1, Gen.Const((string[]?)null)), (6, Record.Array[0, 3].Select(r => (string[]?)r))),
        Gen.Frequency((1, Gen.Const((string[]?)null)), (6, Group.Array[0, 4].Select(r => (string[]?)r))),
        (values, presence, records, groups) =>
        {
            var text = new StringBuilder("institution: { id: generated, name: Generated }\nevidence:\n");
            for (var k = 0; k < Keys.Length; k++)
            {
                if (presence[k] >= 2)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {Keys[k]}: {(presence[k] == 2 ? "null" : values[k])}\n");
                }
            }

            if (records is not null)
            {
                text.Append(records.Length == 0 ? "  l1: []\n" : "  l1:\n" + string.Concat(records.Select(r => $"    - {r}\n")));
            }

            if (groups is not null)
            {
                text.Append(groups.Length == 0 ? "  g1: []\n" : "  g1:\n" + string.Concat(groups.Select(r => $"    - {r}\n")));
            }

            return text.ToString();
        });

    public static Gen<World> Worlds(int indicators, int packs) => Gen.Select(Indicator.Array[indicators], Pack.Array[packs], (rules, evidence) => new World(
        $$"""
        ruleset generated "Generated"
          levels standard > indicator
        parameter max_n : number = 1000
        grades { "A" >= 50  "C" >= 0 }
        {{Dictionary}}
        standard S "S" {
        {{string.Concat(rules.Select((r, i) => $"  indicator I{i} \"Indicator {i}\" {{ {r} }}\n"))}}}
        """,
        evidence,
        rules));
}
