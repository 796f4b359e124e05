using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Parsing.Yaml;

/// <summary>Reads a type written as YAML text ("integer", "one of (a, b)", "list of { f: text }") into the DSL's type syntax.</summary>
internal static partial class TypeTextParser
{
    public static TypeSyntax? Parse(YamlScalar scalar, DiagnosticBag diagnostics, YamlRulesetParser? names = null) => Parse(scalar, scalar.Value.Trim(), diagnostics, names);

    private static TypeSyntax? Parse(YamlScalar scalar, string text, DiagnosticBag diagnostics, YamlRulesetParser? names)
    {
        if (ChoicePattern().Match(text) is { Success: true } choice)
        {
            var choices = Split(choice.Groups[1].Value);
            foreach (var name in choices)
            {
                names?.Check(scalar, name, IdentifierKind.Name);
            }

            return new TypeSyntax(scalar.Span, "one", [.. choices], []);
        }

        if (ListPattern().Match(text) is { Success: true } list)
        {
            var fields = ImmutableArray.CreateBuilder<FieldSyntax>();
            foreach (var part in Split(list.Groups[1].Value))
            {
                var colon = part.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    diagnostics.Add(DiagnosticCatalog.InvalidScalar(scalar.Span, part, "a record field written 'name: type'"));
                    return null;
                }

                if (Parse(scalar, part[(colon + 1)..].Trim(), diagnostics, names) is not { } fieldType)
                {
                    return null;
                }

                names?.Check(scalar, part[..colon].Trim(), IdentifierKind.Name);
                fields.Add(new FieldSyntax(scalar.Span, part[..colon].Trim(), fieldType));
            }

            return new TypeSyntax(scalar.Span, "list", [], fields.ToImmutable());
        }

        if (NamePattern().IsMatch(text))
        {
            return new TypeSyntax(scalar.Span, text, [], []);
        }

        diagnostics.Add(DiagnosticCatalog.InvalidScalar(scalar.Span, text, "a type such as 'integer', 'one of (a, b)' or 'list of { name: text }'"));
        return null;
    }

    /// <summary>Splits on commas that are not inside parentheses or braces: "a: text, b: one of (x, y)".</summary>
    private static List<string> Split(string inner)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            switch (inner[i])
            {
                case '(' or '{':
                    depth++;
                    break;
                case ')' or '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(inner[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(inner[start..]);
        return [.. parts.Select(p => p.Trim()).Where(p => p.Length > 0)];
    }

    [GeneratedRegex(@"^one\s+of\s*\((.*)\)$")]
    private static partial Regex ChoicePattern();

    [GeneratedRegex(@"^list\s+of\s*\{(.*)\}$")]
    private static partial Regex ListPattern();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();
}
