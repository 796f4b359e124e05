using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Parsing.Yaml;

/// <summary>
/// Finds the comments of a YAML text line by line: whole-line comments and trailing ones after
/// a space, outside quotes. Kept apart from the parser, whose comment events are fragile.
/// </summary>
internal static class YamlCommentScanner
{
    public static List<CommentSyntax> Scan(string text)
    {
        var comments = new List<CommentSyntax>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var start = CommentStart(lines[i]);
            if (start >= 0)
            {
                comments.Add(new CommentSyntax(i + 1, lines[i][start..].TrimEnd('\r', ' ')));
            }
        }

        return comments;
    }

    private static int CommentStart(string line)
    {
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is not null)
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'' && (i == 0 || line[i - 1] is ' ' or '[' or '{' or ',' or ':' or '-'))
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return i;
            }
        }

        return -1;
    }
}
