using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Parsing;

/// <summary>
/// Turns an ANTLR position (1-based line, 0-based column) into a file span. A DSL file maps
/// one to one; an expression embedded in a YAML scalar is shifted to where the scalar starts.
/// </summary>
internal sealed class SpanMapper(string path, int baseLine = 1, int baseColumn = 1)
{
    public string Path => path;

    public SourceSpan Map(int line, int column) =>
        line == 1
            ? new SourceSpan(path, baseLine, baseColumn + column)
            : new SourceSpan(path, baseLine + line - 1, column + 1);
}
