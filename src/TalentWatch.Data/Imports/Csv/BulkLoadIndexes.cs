using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Imports.Csv;

/// <summary>
/// On SQLite, a large departures file goes in faster with the written tables' non-unique indexes dropped and built again
/// once at the end (a sort each) than with every index updated on every row: the Departures table alone has seven
/// (decision P10). Both happen inside the import's transaction, so a failed or killed import leaves the indexes as they were.
/// Unique indexes (a person's slug, an alias key) are dropped too: the import's name resolver already keeps those keys unique
/// in memory, and building a unique index again checks every key, so a duplicate still fails the file. Nothing to do on
/// PostgreSQL, which loads by COPY.
/// </summary>
internal sealed class BulkLoadIndexes
{
    private static readonly string[] Tables = ["Departures", "DepartureSources", "People", "PersonAliases"];

    private readonly List<string> definitions;

    private BulkLoadIndexes(List<string> definitions) => this.definitions = definitions;

    /// <summary>
    /// Drops the indexes when the file is expected to add at least as many departures as the store holds (and more than a
    /// few thousand); otherwise keeps them, as rebuilding the index of a large table for a small file costs more than it saves.
    /// </summary>
    public static async Task<BulkLoadIndexes> DropIfWorthwhileAsync(TalentWatchDbContext db, long fileBytes, int storedDepartures, CancellationToken cancellationToken)
    {
        // A departures row is about 100 bytes (a name, two companies, a date, a role, a URL).
        var expectedRows = fileBytes / 100;
        if (!db.Database.IsSqlite() || expectedRows < 5_000 || expectedRows < storedDepartures)
        {
            return new BulkLoadIndexes([]);
        }

        var connection = db.Database.GetDbConnection();
        var definitions = new List<string>();
        var names = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL
                  AND tbl_name IN ({string.Join(", ", Tables.Select(t => $"'{t}'"))})
                ORDER BY name
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
                definitions.Add(reader.GetString(1));
            }
        }

        foreach (var name in names)
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return new BulkLoadIndexes(definitions);
    }

    /// <summary>The indexes dropped, if any.</summary>
    public int Dropped => definitions.Count;

    /// <summary>Builds the dropped indexes again, with their original definitions.</summary>
    public async Task RestoreAsync(TalentWatchDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        foreach (var definition in definitions)
        {
            await using var create = connection.CreateCommand();
            create.CommandText = definition;
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        definitions.Clear();
    }
}
