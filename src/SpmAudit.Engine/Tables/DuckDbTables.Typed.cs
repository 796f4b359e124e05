using System.Globalization;
using DuckDB.NET.Data;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Tables;

/// <summary>
/// The fast way in: the file is read once, straight into its typed table, when every cell already
/// has its declared type. A CSV is parsed with the declared types (whole numbers are parsed as text
/// and checked by their digits in the same pass); a Parquet file is taken as is when its stored
/// types fit the declared ones. Any cell that does not fit stops the read, and the careful path in
/// <see cref="Load"/> then reads the file again to name each wrong cell, so diagnostics are the
/// same either way and only a bad file pays for the second read.
/// </summary>
internal sealed partial class DuckDbTables
{
    /// <summary>What the careful path also accepts as a whole number; a cast alone would round '4.5'.</summary>
    private const string WholeNumber = "'\\s*[-+]?[0-9]+\\s*'";

    private const string CsvOptions = "header = true, auto_detect = true";

    private bool LoadTyped(DataTable table, DataFile file)
    {
        try
        {
            // Positions are needed only to name a cell in a diagnostic: a CSV's header is sniffed again only then.
            var header = new Lazy<Dictionary<string, string>>(() => Header(file));
            if (file.IsParquet)
            {
                if (!table.Columns.All(c => header.Value.TryGetValue(c.Name, out var stored) && Fits(c.Type, stored)))
                {
                    return false;
                }

                // Parquet is already typed and read by column: a view reads only the columns each query
                // needs, where a copy would first decode every column of every row into memory. A view
                // cannot hold a parameter, so the path travels in a variable.
                var variable = "spm_file_" + table.Name;
                Execute($"SET VARIABLE {Identifier(variable)} = $1", file.ReadPath);
                var columns = string.Join(", ", table.Columns.Select(c => $"TRY_CAST({Identifier(c.Name)} AS {SqlType(c.Type)}) AS {Identifier(c.Name)}"));
                Execute($"CREATE TEMP VIEW {Identifier(table.Name)} AS SELECT file_row_number AS {RowColumn}, {columns} FROM read_parquet(getvariable({Literal(variable)}), file_row_number = true)");
            }
            else
            {
                var types = string.Join(", ", table.Columns.Select(c => $"{Literal(c.Name)}: '{(c.Type.Kind == TypeKind.Integer ? "VARCHAR" : SqlType(c.Type))}'"));
                var columns = string.Join(", ", table.Columns.Select(c => c.Type.Kind == TypeKind.Integer
                    ? $"CASE WHEN {Identifier(c.Name)} IS NULL OR regexp_full_match({Identifier(c.Name)}, {WholeNumber}) THEN CAST({Identifier(c.Name)} AS BIGINT) ELSE error('not a whole number') END AS {Identifier(c.Name)}"
                    : Identifier(c.Name)));
                // A declared column the file lacks fails the read too, and the careful path names it.
                // A CSV is parsed once into memory: parsing text costs far more than scanning the copy.
                // The copy keeps the file's order (DuckDB preserves insertion order), so its rowid is the
                // row's position in the file, as on the careful path; numbering the rows with a window
                // instead would make the parallel read wait for one ordered pass (a second at 1M rows).
                Execute($"CREATE TEMP TABLE {Identifier(Cells(table))} AS SELECT {columns} FROM read_csv($1, {CsvOptions}, auto_type_candidates = ['VARCHAR'], types = {{{types}}})", file.ReadPath);
                Execute($"CREATE TEMP VIEW {Identifier(table.Name)} AS SELECT rowid AS {RowColumn}, * FROM {Identifier(Cells(table))}");
            }

            var position = new Lazy<Dictionary<string, int>>(() => header.Value.Keys.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index + 1, StringComparer.Ordinal));
            Register(table, file, (row, column) => Language.Diagnostics.SourceSpan.DataCell(file.DisplayPath, row + 2, position.Value[column], column), typesOk: true);
            return true;
        }
        catch (DuckDBException)
        {
            Execute($"DROP VIEW IF EXISTS {Identifier(table.Name)}");
            Execute($"DROP TABLE IF EXISTS {Identifier(Cells(table))}");
            return false;
        }
    }

    /// <summary>The typed copy of a CSV under its view; a space keeps it apart from every declarable table name.</summary>
    private static string Cells(DataTable table) => table.Name + " cells";

    /// <summary>The file's columns in order, with the types the reader gives them.</summary>
    private Dictionary<string, string> Header(DataFile file)
    {
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Query($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {TextReader(file)})", file.ReadPath))
        {
            columns.TryAdd((string)row[0]!, (string)row[1]!);
        }

        return columns;
    }

    /// <summary>The careful path's reader: a CSV's cells all as text, a Parquet file as stored.</summary>
    private static string TextReader(DataFile file) => file.IsParquet ? "read_parquet($1)" : $"read_csv($1, {CsvOptions}, all_varchar = true)";

    /// <summary>Whether every value of a stored Parquet type casts to the declared type without loss or doubt.</summary>
    private static bool Fits(DataType declared, string stored) => declared.Kind switch
    {
        TypeKind.Text or TypeKind.Choice => true,
        TypeKind.Integer => stored is "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "UTINYINT" or "USMALLINT" or "UINTEGER",
        TypeKind.Number or TypeKind.Percentage => stored is "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "UTINYINT" or "USMALLINT" or "UINTEGER" or "FLOAT" or "DOUBLE"
            || stored.StartsWith("DECIMAL", StringComparison.Ordinal),
        TypeKind.Date => stored == "DATE",
        TypeKind.Boolean => stored == "BOOLEAN",
        _ => false,
    };

    /// <summary>A declared name as an SQL string literal, for the reader's options.</summary>
    private static string Literal(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";

    private void Register(DataTable table, DataFile file, Func<long, string, Language.Diagnostics.SourceSpan> cell, bool typesOk)
    {
        var rows = Convert.ToInt64(Query($"SELECT count(*) FROM {Identifier(table.Name)}")[0][0], CultureInfo.InvariantCulture);
        _loaded[table.Name] = (file, rows);
        _cells[table.Name] = (cell, typesOk);
    }
}
