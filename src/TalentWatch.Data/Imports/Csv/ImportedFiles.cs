using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TalentWatch.Core.Imports;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Imports.Csv;

/// <summary>
/// The record of imported files (<see cref="ImportedFile"/>), read and written in plain SQL on the import's own connection
/// and transaction. Through EF these three statements were a command-line import's first LINQ query and first save, about
/// a sixth of a second of a process that imports one small file (decision P25); the SQL is the same on both providers.
/// </summary>
internal static class ImportedFiles
{
    private static readonly DateTimeOffsetToBinaryConverter SqliteInstant = new();

    /// <summary>The kind recorded for a file with this content, or null when no such file was imported.</summary>
    public static async Task<string?> KindOfAsync(TalentWatchDbContext db, string contentHash, CancellationToken cancellationToken)
    {
        await using var command = Command(db, """SELECT "Kind" FROM "ImportedFiles" WHERE "ContentHash" = @hash LIMIT 1""")
            .With("hash", contentHash);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Writes the file's record (with no rows yet) and returns its id.</summary>
    public static async Task<int> AddAsync(TalentWatchDbContext db, ImportedFile file, CancellationToken cancellationToken)
    {
        await using var command = Command(db, """
            INSERT INTO "ImportedFiles" ("ContentHash", "FileName", "Kind", "Rows", "ImportedAt")
            VALUES (@hash, @name, @kind, @rows, @at) RETURNING "Id"
            """)
            .With("hash", file.ContentHash)
            .With("name", file.FileName)
            .With("kind", file.Kind)
            .With("rows", file.Rows)
            .With("at", db.Database.IsSqlite() ? SqliteInstant.ConvertToProvider(file.ImportedAt) : TalentWatchDbContext.ToPostgresInstant(file.ImportedAt));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task SetRowsAsync(TalentWatchDbContext db, int id, int rows, CancellationToken cancellationToken)
    {
        await using var command = Command(db, """UPDATE "ImportedFiles" SET "Rows" = @rows WHERE "Id" = @id""")
            .With("rows", rows)
            .With("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(TalentWatchDbContext db, string sql) =>
        PlainCommand.Create(db.Database.GetDbConnection(), sql, db.Database.CurrentTransaction?.GetDbTransaction());
}
