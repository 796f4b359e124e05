using System.Collections.Frozen;
using System.Text.RegularExpressions;
using SpmAudit.Language.Parsing.Generated;

namespace SpmAudit.Language.Parsing;

/// <summary>
/// What a name, an evidence key and an id may be, for both front ends: the YAML reader refuses
/// what the DSL could not write, the DSL writer quotes the ids it cannot write bare, and the JSON
/// Schemas use the same patterns (a test checks them). Keywords come from the grammar itself.
/// </summary>
public static partial class Identifiers
{
    /// <summary>Pattern of a name: parameters, lets, record fields, choices, levels, lambda variables.</summary>
    public const string NamePattern = "^[A-Za-z_][A-Za-z0-9_]*$";

    /// <summary>Pattern of an evidence key: names joined by dots (only the first may not be a keyword).</summary>
    public const string KeyPattern = "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$";

    /// <summary>Pattern of a node, ruleset or certification id: parts of letters, digits and _ joined by single dots or hyphens.</summary>
    public const string IdPattern = "^[A-Za-z0-9_]+([.-][A-Za-z0-9_]+)*$";

    /// <summary>The language's keywords, read from the lexer's vocabulary.</summary>
    public static IReadOnlySet<string> Keywords { get; } = Enumerable.Range(1, ((Antlr4.Runtime.Vocabulary)SpmRulesLexer.DefaultVocabulary).getMaxTokenType())
        .Select(t => SpmRulesLexer.DefaultVocabulary.GetLiteralName(t))
        .Where(l => l is { Length: > 2 } && char.IsAsciiLetter(l[1]))
        .Select(l => l!.Trim('\''))
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool IsName(string text) => Name().IsMatch(text) && !Keywords.Contains(text);

    /// <summary>'metric' may start a key (metric.par30): the grammar reads it there as a name's first part.</summary>
    public static bool IsKey(string text) => Key().IsMatch(text) && (text.Split('.')[0] is var first && (first == "metric" || !Keywords.Contains(first)));

    public static bool IsId(string text) => Id().IsMatch(text);

    /// <summary>
    /// Whether the DSL can write a node id without quotes: the lexer must split it into numbers,
    /// dates, plain names, dots and hyphens only (a keyword for a part needs quotes).
    /// </summary>
    public static bool IsBareId(string text)
    {
        if (!IsId(text))
        {
            return false;
        }

        var lexer = new SpmRulesLexer(new Antlr4.Runtime.AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        for (var token = lexer.NextToken(); token.Type != Antlr4.Runtime.TokenConstants.EOF; token = lexer.NextToken())
        {
            if (token.Type is not (SpmRulesLexer.NUMBER or SpmRulesLexer.IDENT or SpmRulesLexer.DOT or SpmRulesLexer.MINUS or SpmRulesLexer.DATE))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(NamePattern)]
    private static partial Regex Name();

    [GeneratedRegex(KeyPattern)]
    private static partial Regex Key();

    [GeneratedRegex(IdPattern)]
    private static partial Regex Id();
}
