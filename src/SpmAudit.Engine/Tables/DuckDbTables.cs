using System.Globalization;
using DuckDB.NET.Data;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Tables;

/// <summary>
/// An in-memory DuckDB database holding one audit's tables. Each file is loaded once: read as
/// text (CSV) or as stored (Parquet), checked against the declared schema, then cast into a typed
/// table that the metrics query. Only this class and its partials touch DuckDB, so an audit whose
/// ruleset declares no table never loads it.
/// </summary>
internal sealed partial class DuckDbTables : IDisposable
{
    /// <summary>The position of a row in its file (0 for the first data row), kept through the cast.</summary>
    internal const string RowColumn = "__spm_row";

    /// <summary>Rows named per problem; the rest are counted.</summary>
    private const int RowsShown = 5;

    private readonly DuckDBConnection _connection = new("DataSource=:memory:");
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (DataFile File, long Rows)> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Func<long, string, SourceSpan> Cell, bool TypesOk)> _cells = new(StringComparer.Ordinal);

    public DuckDbTables(DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _connection.Open();
    }

    public IReadOnlyDictionary<string, (DataFile File, long Rows)> Loaded => _loaded;

    public void Dispose() => _connection.Dispose();

    /// <summary>
    /// Loads, checks and types one file; false (with diagnostics) when it cannot be used. The careful
    /// path below reads every cell as text first, so that each one of the wrong type can be named.
    /// </summary>
    public bool Load(DataTable table, DataFile file)
    {
        if (LoadTyped(table, file))
        {
            return true;
        }

        var raw = Identifier("raw_" + table.Name);
        var reader = TextReader(file);
        try
        {
            Execute($"CREATE TEMP TABLE {raw} AS SELECT * FROM {reader}", file.ReadPath);
        }
        catch (DuckDBException e)
        {
            _diagnostics.Add(DiagnosticCatalog.DataFileUnreadable(SourceSpan.None(file.DisplayPath), file.DisplayPath, FirstLine(e.Message)));
            return false;
        }

        var header = Query($"SELECT column_name FROM (DESCRIBE {raw})").Select(r => (string)r[0]!).ToList();
        var missing = table.Columns.Where(c => !header.Contains(c.Name, StringComparer.Ordinal)).ToList();
        foreach (var column in missing)
        {
            _diagnostics.Add(DiagnosticCatalog.DataColumnMissing(SourceSpan.DataCell(file.DisplayPath, 1, header.Count + 1, column.Name), table.Name, column.Name));
        }

        if (missing.Count > 0)
        {
            return false;
        }

        var position = header.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index + 1, StringComparer.Ordinal);
        var cell = (long row, string column) => SourceSpan.DataCell(file.DisplayPath, row + 2, position[column], column);
        // Every column is checked (no short circuit), so one run names every wrongly typed column.
        var typesOk = table.Columns.Select(column => CheckType(column, raw, cell)).ToList().TrueForAll(ok => ok);
        var casts = string.Join(", ", table.Columns.Select(c => $"TRY_CAST({Identifier(c.Name)} AS {SqlType(c.Type)}) AS {Identifier(c.Name)}"));
        Execute($"CREATE TEMP TABLE {Identifier(table.Name)} AS SELECT rowid AS {RowColumn}, {casts} FROM {raw} ORDER BY rowid");
        Execute($"DROP TABLE {raw}");
        Register(table, file, cell, typesOk);
        return true;
    }

    /// <summary>Checks a loaded table's values once every table is loaded, so references can be followed either way.</summary>
    public void CheckQuality(DataTable table)
    {
        if (_cells.TryGetValue(table.Name, out var loaded) && loaded.TypesOk)
        {
            CheckValues(table, loaded.Cell, _loaded[table.Name].Rows);
        }
    }

    /// <summary>Where a row and column of a loaded table are in its file.</summary>
    internal SourceSpan Cell(string table, long row, string column) => _cells[table].Cell(row, column);

    internal static string SqlType(DataType type) => type.Kind switch
    {
        TypeKind.Integer => "BIGINT",
        TypeKind.Number or TypeKind.Percentage => "DOUBLE",
        TypeKind.Date => "DATE",
        TypeKind.Boolean => "BOOLEAN",
        _ => "VARCHAR",
    };

    private static string Identifier(string name) => SqlDialect.DuckDb.Identifier(name);

    private static string FirstLine(string message) => message.Split('\n')[0].Trim().TrimEnd('.');

    /// <summary>" (and 12 more rows)" after the first rows named, or nothing.</summary>
    private static string More(long total, int shown) =>
        total > shown ? string.Create(CultureInfo.InvariantCulture, $" ({total - shown:N0} more rows like this one are not listed.)") : "";

    private void Execute(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    private List<object?[]> Query(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private DuckDBCommand Command(string sql, IEnumerable<object?> parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        }

        return command;
    }
}
