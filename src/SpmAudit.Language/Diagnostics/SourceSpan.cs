namespace SpmAudit.Language.Diagnostics;

/// <summary>
/// A place in a source file. Lines and columns are 1-based, as editors show them. In a workbook
/// the place is a cell: <see cref="Sheet"/> names the sheet, the line is the row and the column is
/// the column's number (A = 1), printed the way spreadsheets write it: <c>q.xlsx[Cover]!C4</c>.
/// </summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    /// <summary>The sheet of a workbook; null for text files.</summary>
    public string? Sheet { get; init; }

    /// <summary>The column of a data file (CSV, Parquet) by its name; null elsewhere. <see cref="Line"/> is then the file's row, the header being row 1.</summary>
    public string? Field { get; init; }

    public static SourceSpan None(string path) => new(path, 1, 1);

    /// <summary>A cell of a data file: its row (the header is row 1) and the column's position and name.</summary>
    public static SourceSpan DataCell(string path, long row, int column, string name) => new(path, (int)Math.Min(row, int.MaxValue), column) { Field = name };

    /// <summary>A cell of a workbook: row and column are 1-based.</summary>
    public static SourceSpan Cell(string path, string sheet, int row, int column) => new(path, row, column) { Sheet = sheet };

    /// <summary>Moves a span found inside an embedded text (a YAML scalar) to its place in the file.</summary>
    public SourceSpan Offset(int lineDelta, int column) =>
        lineDelta == 0 ? this with { Column = Column + column - 1 } : this with { Line = Line + lineDelta, Column = column };

    /// <summary>The cell reference in A1 style ("D14"); for text files, "line,column".</summary>
    public string Location => Sheet is null ? $"{Line},{Column}" : ColumnName(Column) + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>1 → A, 26 → Z, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = Math.Max(column, 1); n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    public override string ToString() => Sheet is not null ? $"{Path}[{Sheet}]!{Location}" : Field is not null ? $"{Path}(row {Line}, column {Field})" : $"{Path}({Line},{Column})";
}
