namespace SpmAudit.Language.Diagnostics;

/// <summary>A place in a source file. Lines and columns are 1-based, as editors show them.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    public static SourceSpan None(string path) => new(path, 1, 1);

    /// <summary>Moves a span found inside an embedded text (a YAML scalar) to its place in the file.</summary>
    public SourceSpan Offset(int lineDelta, int column) =>
        lineDelta == 0 ? this with { Column = Column + column - 1 } : this with { Line = Line + lineDelta, Column = column };

    public override string ToString() => $"{Path}({Line},{Column})";
}
