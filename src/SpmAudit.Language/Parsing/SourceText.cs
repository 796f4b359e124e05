using System.Text;

namespace SpmAudit.Language.Parsing;

/// <summary>Decodes input files as UTF-8, skipping the byte-order mark that some editors write.</summary>
public static class SourceText
{
    public static string Decode(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }
}
