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

    /// <summary>Binds <paramref name="values"/> (null, string, int, long, double) to the declared parameters and runs the statement once.</summary>
    public void Execute(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var position = positions[i];
            var rc = values[i] switch
            {
                null or DBNull => raw.sqlite3_bind_null(statement, position),
                // UTF-16 as .NET holds it: SQLite converts it to the store's UTF-8 in C, without a managed copy per value.
                string text => raw.sqlite3_bind_text16(statement, position, text),
                int number => raw.sqlite3_bind_int(statement, position, number),
                long number => raw.sqlite3_bind_int64(statement, position, number),
                double number => raw.sqlite3_bind_double(statement, position, number),
                var other => throw new ArgumentException($"{other.GetType().Name} is not a SQLite value", nameof(values)),
            };
            Check(rc);
        }

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
