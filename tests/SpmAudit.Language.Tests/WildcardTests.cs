using System.Text.RegularExpressions;
using CsCheck;
using SpmAudit.Language.Profiles;

namespace SpmAudit.Language.Tests;

/// <summary>A profile's node patterns ('4.*', '1.*.2') match as the equivalent anchored regular expression would, without its backtracking.</summary>
public sealed class WildcardTests
{
    [Fact]
    public void Patterns_match_exactly_as_the_equivalent_regular_expression()
    {
        var text = Gen.String[Gen.Char["ab.*"], 0, 8];
        Gen.Select(text, Gen.String[Gen.Char["ab."], 0, 10]).Sample((pattern, id) =>
        {
            var expected = Regex.IsMatch(id, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.None, TimeSpan.FromSeconds(10));
            Tailoring.Matches(pattern, id).ShouldBe(expected, $"'{pattern}' against '{id}'");
        }, iter: 20_000, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void A_pattern_built_to_make_a_backtracking_matcher_give_up_is_answered()
    {
        // Against a regular expression engine this pattern takes exponential time and times out.
        var pattern = string.Concat(Enumerable.Repeat("*a", 2_000)) + "*b";
        var id = new string('a', 5_000);

        Tailoring.Matches(pattern, id).ShouldBeFalse();
        Tailoring.Matches(pattern[..^1] + "a", id).ShouldBeTrue();
    }
}
