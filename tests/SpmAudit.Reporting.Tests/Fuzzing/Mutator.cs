using System.Text;
using CsCheck;

namespace SpmAudit.Reporting.Tests.Fuzzing;

/// <summary>
/// Seeded mutations of valid inputs: bytes flipped, deleted, duplicated and spliced from another
/// seed, and tokens inserted that the front ends treat specially (keywords, brackets, YAML anchors
/// and aliases, control characters, long numbers, impossible dates, deep nesting). CsCheck draws
/// the plan, so a failure prints the seed that reproduces it.
/// </summary>
internal static class Mutator
{
    /// <summary>Inputs never grow past this, so a run measures the front ends, not the mutator.</summary>
    private const int MaxLength = 256 * 1024;

    private static readonly byte[][] Tokens = [.. new[]
    {
        "(", ")", "{", "}", "[", "]", ",", ":", ";", ".", "..", "\"", "'", "\\", "=", ">=", "<=", "==", "!=", "+", "-", "*", "/", "=>",
        "ruleset", "indicator", "standard", "dimension", "score", "met when", "partial when", "applies when", "not", "and", "or", "if", "then", "else",
        "let", "import \"x.spm\"", "parameter", "evidence", "grades", "cap", "certification", "levels", "weight", "critical", "list of", "number", "percent", "text", "date", "boolean",
        "sum(", "count(", "share(", "ratio(", "days_between(", "any(", "all(", "known(", "in []", "x => x.", "null", "true", "false",
        "\n", "\r", "\r\n", "\t", "  ", "- ", ": ", "? ", "&a ", "*a", "!!str ", "!!binary ", "<<: *a", "---\n", "...\n", "|\n", ">\n", "#", "%YAML 1.2\n",
        "\u0000", "\u001b[31m", "\u0007", "\u202e", "\uFEFF", "\u00e9", "\U0001F600",
        "0", "-0", "1e309", "-1e309", "NaN", "Infinity", "99999999999999999999999999999", "0.000000000000000000001", "2024-02-30", "2024-13-01", "9999-12-31", "0001-01-01",
        "\"\"", "\"x\"", "1.A.1.1", "../", "/etc/passwd", "C:\\",
    }.Select(Encoding.UTF8.GetBytes)];

    private enum Kind { Flip, Insert, Delete, Duplicate, Splice, Nest }

    private sealed record Step(Kind Kind, double At, double Other, int Length, int Choice);

    private static readonly Gen<Step> StepGen = Gen.Select(Gen.Enum<Kind>(), Gen.Double[0, 1], Gen.Double[0, 1], Gen.Int[1, 64], Gen.Int[0, 1_000_000])
        .Select((kind, at, other, length, choice) => new Step(kind, at, other, length, choice));

    /// <summary>A seed (by index) and the steps to apply to it.</summary>
    public static Gen<byte[]> Inputs(IReadOnlyList<byte[]> seeds) =>
        Gen.Select(Gen.Int[0, seeds.Count - 1], StepGen.Array[1, 6])
            .Select((seed, steps) => Apply(seeds, seeds[seed], steps));

    private static byte[] Apply(IReadOnlyList<byte[]> seeds, byte[] seed, Step[] steps)
    {
        var bytes = new List<byte>(seed);
        foreach (var step in steps)
        {
            var at = (int)(step.At * bytes.Count);
            switch (step.Kind)
            {
                case Kind.Flip when bytes.Count > 0:
                    bytes[Math.Min(at, bytes.Count - 1)] = (byte)step.Choice;
                    break;
                case Kind.Insert:
                    bytes.InsertRange(at, Tokens[step.Choice % Tokens.Length]);
                    break;
                case Kind.Delete:
                    bytes.RemoveRange(at, Math.Min(step.Length, bytes.Count - at));
                    break;
                case Kind.Duplicate:
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(step.Length, bytes.Count - at)));
                    break;
                case Kind.Splice:
                    var other = seeds[step.Choice % seeds.Count];
                    var from = (int)(step.Other * other.Length);
                    bytes.InsertRange(at, other.AsSpan(from, Math.Min(step.Length * 8, other.Length - from)).ToArray());
                    break;
                case Kind.Nest:
                    // Deep nesting, the classic way to overflow a recursive parser or walker.
                    var open = Tokens[step.Choice % 8];
                    // Built as an array first: List.InsertRange of a lazy sequence inserts byte by byte.
                    bytes.InsertRange(at, Enumerable.Repeat(open, 1 + (step.Choice % 20_000)).SelectMany(t => t).ToArray());
                    break;
            }

            if (bytes.Count > MaxLength)
            {
                bytes.RemoveRange(MaxLength, bytes.Count - MaxLength);
            }
        }

        return [.. bytes];
    }
}
