using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace TalentWatch.Data.Imports.Csv;

/// <summary>
/// One prepared statement driven through SQLite's C API (bind, step, reset) on the import's connection, inside its
/// transaction. Microsoft.Data.Sqlite's command costs several microseconds a row in managed bookkeeping (parameter lookup by
/// name, a data reader per execution); at 100,000 rows a second the import has ten microseconds for a whole row
/// (decision P10). Parameters are named as in the PostgreSQL statement and bound in the order they were declared.
/// </summary>
internal sealed class SqliteBulkStatement : IDisposable
{
    private readonly sqlite3 connection;
    private readonly sqlite3_stmt statement;
    private readonly int[] positions;

    public SqliteBulkStatement(SqliteConnection connection, string sql, IReadOnlyList<string> parameters)
    {
        this.connection = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(this.connection, sql, out statement));
        positions = [.. parameters.Select(name => raw.sqlite3_bind_parameter_index(statement, "@" + name))];
        if (positions.Any(p => p == 0))
        {
            throw new InvalidOperationException($"A parameter of {sql} is not in the statement.");
        }
    }

    private SqliteBulkStatement(SqliteConnection connection, string table, IReadOnlyList<string> columns, int rows)
    {
        this.connection = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var row = "(" + string.Join(", ", Enumerable.Repeat("?", columns.Count)) + ")";
        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES {string.Join(", ", Enumerable.Repeat(row, rows))}";
        Check(raw.sqlite3_prepare_v2(this.connection, sql, out statement));
        positions = [.. Enumerable.Range(1, columns.Count)];
        RowsPerStatement = rows;
    }

    /// <summary>Rows one execution inserts: 1, or more for a statement made by <see cref="MultiRowInsert"/>.</summary>
    public int RowsPerStatement { get; } = 1;

    /// <summary>
    /// <c>INSERT INTO table (columns) VALUES (…), (…), …</c> with <paramref name="rows"/> rows a statement (decision P16): SQLite
    /// prepares, starts and finishes a statement once for that many rows. Values are bound by position, column after column.
    /// </summary>
    public static SqliteBulkStatement MultiRowInsert(SqliteConnection connection, string table, IReadOnlyList<string> columns, int rows) =>
        new(connection, table, columns, rows);

    /// <summary>Binds <paramref name="values"/> (null, string, int, long, double) to the declared parameters and runs the statement once.</summary>
    public void Execute(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Bind(positions[i], values[i]);
        }

        Step();
    }

    /// <summary>A multi-row insert: binds <see cref="RowsPerStatement"/> rows from <paramref name="start"/> and runs the statement once.</summary>
    public void ExecuteRows(IReadOnlyList<object?[]> rows, int start)
    {
        var position = 1;
        for (var r = start; r < start + RowsPerStatement; r++)
        {
            foreach (var value in rows[r])
            {
                Bind(position++, value);
            }
        }

        Step();
    }

    private void Bind(int position, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(statement, position),
            // UTF-16 as .NET holds it: SQLite converts it to the store's UTF-8 in C, without a managed copy per value.
            string text => raw.sqlite3_bind_text16(statement, position, text),
            int number => raw.sqlite3_bind_int(statement, position, number),
            long number => raw.sqlite3_bind_int64(statement, position, number),
            double number => raw.sqlite3_bind_double(statement, position, number),
            var other => throw new ArgumentException($"{other.GetType().Name} is not a SQLite value", nameof(value)),
        };
        Check(rc);
    }

    private void Step()
    {
        var stepped = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (stepped != raw.SQLITE_DONE)
        {
            Check(stepped);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(connection).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(connection));
        }
    }
}
