using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Imports.Csv;

/// <summary>
/// On SQLite, a large departures file goes in faster with the written tables' indexes dropped and built again once at the end
/// (a sort each) than with every index updated on every row: the Departures table alone has eight (decision P10). The same
/// holds for the full-text search indexes (FTS5 trigram tables kept current by triggers, decision H4): their triggers are
/// dropped and each search index is filled again from its table in one pass, in rowid order (decision P11). All of it happens
/// inside the import's transaction, so a failed or killed import leaves indexes, triggers and search indexes as they were.
/// Unique indexes (a person's slug, an alias key) are dropped too: the import's name resolver already keeps those keys unique
/// in memory, and building a unique index again checks every key, so a duplicate still fails the file. Nothing to do on
/// PostgreSQL, which loads by COPY.
/// </summary>
internal sealed class BulkLoadIndexes
{
    private static readonly string[] Tables = ["Departures", "DepartureSources", "People", "PersonAliases"];

    /// <summary>
    /// The search indexes over the written tables, as migration SearchIndexes creates them: an external-content FTS5 table
    /// and its three triggers, named "{Search}_Insert", "_Delete" and "_Update". A trigger not named so is never dropped.
    /// </summary>
    internal static readonly (string Search, string Table, string Column)[] SearchIndexes =
    [
        ("PeopleSearch", "People", "Name"),
        ("PersonAliasesSearch", "PersonAliases", "Name"),
        ("DepartureRoleSearch", "Departures", "Role"),
        ("DepartureSourcesSearch", "DepartureSources", "Evidence"),
    ];

    private static readonly string[] TriggerSuffixes = ["_Insert", "_Delete", "_Update"];

    private readonly List<string> definitions;
    private readonly List<string> triggers;
    private readonly List<(string Search, string Table, string Column)> searches;

    private BulkLoadIndexes(List<string> definitions, List<string> triggers, List<(string, string, string)> searches)
    {
        this.definitions = definitions;
        this.triggers = triggers;
        this.searches = searches;
    }

    /// <summary>
    /// Drops the indexes and search triggers when the file is expected to add at least as many departures as the store holds
    /// (and more than a few thousand); otherwise keeps them, as rebuilding the index of a large table for a small file costs
    /// more than it saves.
    /// </summary>
    public static async Task<BulkLoadIndexes> DropIfWorthwhileAsync(TalentWatchDbContext db, long fileBytes, int storedDepartures, CancellationToken cancellationToken)
    {
        // A departures row is about 100 bytes (a name, two companies, a date, a role, a URL).
        var expectedRows = fileBytes / 100;
        if (!db.Database.IsSqlite() || expectedRows < 5_000 || expectedRows < storedDepartures)
        {
            return new BulkLoadIndexes([], [], []);
        }

        var connection = db.Database.GetDbConnection();
        var tables = string.Join(", ", Tables.Select(t => $"'{t}'"));
        var indexes = new List<(string Name, string Sql)>();
        var triggers = new List<(string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT type, name, sql FROM sqlite_master
                WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ({tables})
                ORDER BY name
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                (reader.GetString(0) == "index" ? indexes : triggers).Add((reader.GetString(1), reader.GetString(2)));
            }
        }

        // A search index is refilled only when all three of its triggers are there (a store at migration SearchIndexes or later).
        var searches = SearchIndexes
            .Where(s => TriggerSuffixes.All(suffix => triggers.Any(t => t.Name == s.Search + suffix)))
            .ToList();
        var searchTriggers = triggers
            .Where(t => searches.Any(s => TriggerSuffixes.Any(suffix => t.Name == s.Search + suffix)))
            .ToList();

        foreach (var (kind, name) in indexes.Select(i => ("INDEX", i.Name)).Concat(searchTriggers.Select(t => ("TRIGGER", t.Name))))
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP {kind} {Quote(name)}";
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        // The importer's 64 MB page cache is there to keep the indexes' pages in memory while rows go in one by one; without
        // indexes the rows are appended, and 8 MB does the same work in the same CPU time with the process's peak memory
        // 55 MB lower for 100,000 departures, so memory grows less with the file (decision P11).
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -8192";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return new BulkLoadIndexes([.. indexes.Select(i => i.Sql)], [.. searchTriggers.Select(t => t.Sql)], searches);
    }

    /// <summary>The indexes dropped, if any.</summary>
    public int Dropped => definitions.Count;

    /// <summary>
    /// Fills the search indexes again from their tables, then builds the dropped indexes and triggers again with their
    /// original definitions.
    /// </summary>
    public async Task RestoreAsync(TalentWatchDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var statements = new List<string>();
        foreach (var (search, table, column) in searches)
        {
            // What FTS5's 'rebuild' does, but in rowid order: 'rebuild' scans the table in whatever order the planner picks
            // (People by its covering index on Name), and every rowid lower than the last one written flushes FTS5's
            // in-memory segment, which made the rebuild of 85,000 names cost a second instead of a tenth.
            statements.Add($"INSERT INTO {Quote(search)}({Quote(search)}) VALUES ('delete-all')");
            statements.Add($"INSERT INTO {Quote(search)}(rowid, {Quote(column)}) SELECT \"Id\", {Quote(column)} FROM {Quote(table)} ORDER BY \"Id\"");
        }

        statements.AddRange(definitions);
        statements.AddRange(triggers);
        foreach (var statement in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        definitions.Clear();
        triggers.Clear();
        searches.Clear();
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
