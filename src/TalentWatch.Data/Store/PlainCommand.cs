using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace TalentWatch.Data.Store;

/// <summary>
/// A SQL statement on the store's connection without EF Core, for the reads a command-line start must not pay EF's query
/// pipeline for (the quarter summary, the company timeline and their name look-up; decision P22). The SQL is written for
/// both providers (quoted names, <c>LIMIT</c>, a bare boolean test), and the same code serves the web app through its
/// context's connection, so there is one implementation of each read.
/// </summary>
internal static class PlainCommand
{
    public static DbCommand Create(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static int? GetNullableInt32(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static string? GetNullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateOnly? GetNullableDate(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    /// <summary>A nullable flag read as EF's <c>== true</c> reads it: null is false.</summary>
    public static bool GetTrue(this DbDataReader reader, int ordinal) => !reader.IsDBNull(ordinal) && reader.GetBoolean(ordinal);

    /// <summary>
    /// Runs <paramref name="read"/> on the context's connection, opened for it (and closed after, unless it was open), inside the
    /// context's transaction if it has one.
    /// </summary>
    public static async Task<T> OnContextAsync<T>(TalentWatchDbContext db, Func<DbConnection, DbTransaction?, Task<T>> read, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await read(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
