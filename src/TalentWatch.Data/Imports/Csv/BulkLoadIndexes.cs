using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Imports.Csv;

/// <summary>
/// On SQLite, a large departures file goes in faster with the written tables' indexes dropped and built again once at the end
/// (a sort each) than with every index updated on every row: the Departures table alone has eight (decision P10). The same
/// holds, for a file of any size, for the full-text search indexes (FTS5 trigram tables kept current by triggers, decision
/// H4): their triggers are dropped for the import, and the rows it wrote enter each search table in rowid order, in one pass
/// at the end (decision P12), or for the tables an import only appends to, every few thousand rows on the writer's thread
/// while the rows are read (decision P16). All of it happens
/// inside the import's transaction, so a failed or killed import leaves indexes, triggers and search indexes as they were.
/// Unique indexes (a person's slug, an alias key) are dropped too: the import's name resolver already keeps those keys unique
/// in memory, and building a unique index again checks every key, so a duplicate still fails the file. On PostgreSQL a large
/// file does the same with the secondary indexes and the foreign keys between the written tables, once it can take those
/// tables exclusively (decision P20; the search indexes there are ordinary GIN indexes, built again like the others).
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
    private readonly List<long> coveredUpTo;

    // The rows each search table holds so far: coveredUpTo at the start, then what FillInsertOnlySearches added.
    private readonly long[] filledUpTo;

    private BulkLoadIndexes(List<string> definitions, List<string> triggers, List<(string, string, string)> searches, List<long> coveredUpTo)
    {
        this.definitions = definitions;
        this.triggers = triggers;
        this.searches = searches;
        this.coveredUpTo = coveredUpTo;
        filledUpTo = [.. coveredUpTo];
    }

    /// <summary>
    /// Drops the search triggers, and the indexes when the file is expected to add at least as many departures as the store
    /// holds (and more than a few thousand); otherwise keeps the indexes, as rebuilding the index of a large table for a
    /// small file costs more than it saves.
    /// </summary>
    public static async Task<BulkLoadIndexes> DropIfWorthwhileAsync(TalentWatchDbContext db, long fileBytes, int storedDepartures, CancellationToken cancellationToken)
    {
        // A departures row is about 100 bytes (a name, two companies, a date, a role, a URL).
        var expectedRows = fileBytes / 100;
        var dropIndexes = expectedRows >= 5_000 && expectedRows >= storedDepartures;
        if (!db.Database.IsSqlite())
        {
            return dropIndexes ? await DropOnPostgresAsync(db, cancellationToken) : new BulkLoadIndexes([], [], [], []);
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

        // A search index is maintained here only when all three of its triggers are there (a store at migration SearchIndexes or later).
        var searches = SearchIndexes
            .Where(s => TriggerSuffixes.All(suffix => triggers.Any(t => t.Name == s.Search + suffix)))
            .ToList();
        var searchTriggers = triggers
            .Where(t => searches.Any(s => TriggerSuffixes.Any(suffix => t.Name == s.Search + suffix)))
            .ToList();

        if (!dropIndexes)
        {
            indexes.Clear();
        }

        // The rows a search table already covers: every row up to the table's highest id when the import starts.
        var coveredUpTo = new List<long>();
        foreach (var (_, table, _) in searches)
        {
            await using var highest = connection.CreateCommand();
            highest.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM {Quote(table)}";
            coveredUpTo.Add(Convert.ToInt64(await highest.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (kind, name) in indexes.Select(i => ("INDEX", i.Name)).Concat(searchTriggers.Select(t => ("TRIGGER", t.Name))))
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP {kind} {Quote(name)}";
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        if (dropIndexes)
        {
            // The importer's 64 MB page cache is there to keep the indexes' pages in memory while rows go in one by one;
            // without indexes the rows are appended, and 8 MB does the same work in the same CPU time with the process's
            // peak memory 55 MB lower for 100,000 departures, so memory grows less with the file (decision P12).
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA cache_size = -8192";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return new BulkLoadIndexes([.. indexes.Select(i => i.Sql)], [.. searchTriggers.Select(t => t.Sql)], searches, coveredUpTo);
    }

    // PostgreSQL: the tables a departures file writes and those their dropped foreign keys point to (Articles is not one: the
    // import's sources have no article, so its foreign key costs nothing and stays, and readers of articles never wait).
    private static readonly string[] PostgresLockedTables = ["Companies", "DepartureSources", "Departures", "People", "PersonAliases"];

    // How long the import waits for readers to leave those tables before loading row by row instead (decision P20): well
    // below PostgreSQL's deadlock_timeout (1 s by default), so a reader that holds one table and waits for another behind the
    // import's request is let through by the import giving up, never ended by the deadlock detector, and no reader queued
    // behind the request waits longer than this for it.
    internal const string PostgresLockWait = "200ms";

    private const string PostgresSavepoint = "talentwatch_bulk_load";

    /// <summary>
    /// PostgreSQL (decision P20): takes the written tables in ACCESS EXCLUSIVE mode if readers let it within
    /// <see cref="PostgresLockWait"/>, then drops their secondary indexes (primary keys stay: merges update by id, foreign keys
    /// look up by it) and the foreign keys between them, to be built again, from their own catalog definitions, by
    /// <see cref="RestoreAsync"/> before the commit: a sort per index and one anti-join per foreign key instead of every index
    /// updated and every key checked on every row. When the tables cannot be had in time, nothing is dropped and the rows go in
    /// as before, with every index and key kept up row by row.
    /// </summary>
    private static async Task<BulkLoadIndexes> DropOnPostgresAsync(TalentWatchDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("The import runs in a transaction.");
        var tables = string.Join(", ", Tables.Select(t => $"'{Quote(t)}'::regclass"));
        var referenced = string.Join(", ", PostgresLockedTables.Select(t => $"'{Quote(t)}'::regclass"));
        var indexes = new List<(string Drop, string Create)>();
        var keys = new List<(string Drop, string Add)>();
        string previousLockTimeout;
        await using (var command = connection.CreateCommand())
        {
            // Indexes that back no constraint (a primary key, a unique constraint, or the key a foreign key refers to), and the
            // foreign keys from the written tables to the tables locked here; ordered, so a store's statements are always the same.
            command.CommandText = $"""
                SELECT 'index', format('DROP INDEX %I.%I', n.nspname, c.relname), pg_get_indexdef(i.indexrelid)
                FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE i.indrelid IN ({tables}) AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
                UNION ALL
                SELECT 'key', format('ALTER TABLE %s DROP CONSTRAINT %I', k.conrelid::regclass, k.conname),
                       format('ALTER TABLE %s ADD CONSTRAINT %I %s', k.conrelid::regclass, k.conname, pg_get_constraintdef(k.oid))
                FROM pg_constraint k
                WHERE k.contype = 'f' AND k.conrelid IN ({tables}) AND k.confrelid IN ({referenced})
                ORDER BY 1, 2;
                SELECT current_setting('lock_timeout');
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                (reader.GetString(0) == "index" ? indexes : keys).Add((reader.GetString(1), reader.GetString(2)));
            }

            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            previousLockTimeout = reader.GetString(0);
        }

        // The import already holds these tables in EXCLUSIVE mode (StoreWrites, decision O6): only readers can be in the way.
        await transaction.CreateSavepointAsync(PostgresSavepoint, cancellationToken);
        try
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = string.Join(";\n", [
                $"SELECT set_config('lock_timeout', '{PostgresLockWait}', true)",
                $"LOCK TABLE {string.Join(", ", PostgresLockedTables.Select(Quote))} IN ACCESS EXCLUSIVE MODE",
                $"SELECT set_config('lock_timeout', '{previousLockTimeout.Replace("'", "''", StringComparison.Ordinal)}', true)",
                .. keys.Select(k => k.Drop),
                .. indexes.Select(i => i.Drop)]);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Npgsql.PostgresException e) when (e.SqlState is Npgsql.PostgresErrorCodes.LockNotAvailable or Npgsql.PostgresErrorCodes.InsufficientPrivilege)
        {
            // Readers stayed, or the import's role may write the tables but does not own them (only an owner may drop an
            // index): the savepoint gives the tables back and undoes any drop, and the rows go in with every index kept.
            await transaction.RollbackToSavepointAsync(PostgresSavepoint, cancellationToken);
            return new BulkLoadIndexes([], [], [], [])
            {
                Times = e.SqlState == Npgsql.PostgresErrorCodes.LockNotAvailable
                    ? $"bulk load: readers held the tables for over {PostgresLockWait}, rows written with every index kept"
                    : "bulk load: the import's role does not own the tables, rows written with every index kept",
            };
        }

        await transaction.ReleaseSavepointAsync(PostgresSavepoint, cancellationToken);

        // Built again in this order: the indexes (unique ones check every key again), then the foreign keys (each checks every row).
        return new BulkLoadIndexes([.. indexes.Select(i => i.Create), .. keys.Select(k => k.Add)], [], [], []);
    }

    /// <summary>Where <see cref="RestoreAsync"/> spent its time, for TALENTWATCH_IMPORT_TIMING; null before it ran.</summary>
    public string? Times { get; private set; }

    /// <summary>The indexes dropped, if any.</summary>
    public int Dropped => definitions.Count;

    /// <summary>True when a departure with this id was in the store (and its search table) before the import.</summary>
    public bool Covers(int departureId) =>
        searches.FindIndex(s => s.Table == "Departures") is var i and >= 0 && departureId <= coveredUpTo[i];

    /// <summary>
    /// Adds the rows written so far to the search tables of the tables the import only appends to (people's names, their
    /// aliases, the sources' evidence), on the writer's thread while the rows are read (decision P16). Not the departures'
    /// roles: a later row may merge into a departure and fill its role in. Runs on <paramref name="connection"/> inside the
    /// import's transaction; the caller makes sure no other statement runs on it meanwhile.
    /// </summary>
    public void FillInsertOnlySearches(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        for (var i = 0; i < searches.Count; i++)
        {
            var (search, table, column) = searches[i];
            if (table != "Departures")
            {
                filledUpTo[i] = Fill(connection, search, table, column, filledUpTo[i]);
            }
        }
    }

    // New rows in rowid order: a rowid lower than the last one written makes FTS5 flush its in-memory segment (so does every
    // statement that fires a trigger, which is why the triggers cost ~200 µs a row). Returns the highest id now covered.
    private static long Fill(Microsoft.Data.Sqlite.SqliteConnection connection, string search, string table, string column, long after)
    {
        using var fill = connection.CreateCommand();
        fill.CommandText = $"""
            INSERT INTO {Quote(search)}(rowid, {Quote(column)}) SELECT "Id", {Quote(column)} FROM {Quote(table)} WHERE "Id" > $covered ORDER BY "Id";
            SELECT COALESCE(MAX("Id"), $covered) FROM {Quote(table)};
            """;
        fill.Parameters.AddWithValue("$covered", after);
        return Convert.ToInt64(fill.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Brings the search tables up to date, then builds the dropped indexes and triggers again with their original
    /// definitions. <paramref name="replacedRoles"/> are the roles, as the search table holds them, of departures that were
    /// in the store before the import and whose role the import changed: their old text leaves the index and the new one enters.
    /// Everything else the import wrote is new rows, above each table's highest id at the start: they enter in one pass.
    /// </summary>
    public async Task RestoreAsync(TalentWatchDbContext db, IReadOnlyDictionary<int, string?> replacedRoles, CancellationToken cancellationToken)
    {
        if (searches.Count == 0 && definitions.Count == 0 && triggers.Count == 0)
        {
            return; // a store without search indexes (or PostgreSQL) and a file too small to drop the indexes for
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (!db.Database.IsSqlite())
        {
            // PostgreSQL: the indexes, then the foreign keys, in one round trip (decision P20).
            await using var build = db.Database.GetDbConnection().CreateCommand();
            build.CommandText = string.Join(";\n", definitions);
            build.CommandTimeout = 0; // a sort per index, proportional to the tables: a large store may take longer than a query's limit
            await build.ExecuteNonQueryAsync(cancellationToken);
            Times = FormattableString.Invariant($"restore: {definitions.Count} indexes and foreign keys {clock.ElapsedMilliseconds} ms");
            definitions.Clear();
            return;
        }

        var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();
        for (var i = 0; i < searches.Count; i++)
        {
            var (search, table, column) = searches[i];
            if (table == "Departures" && replacedRoles.Count > 0)
            {
                // As the update trigger does: FTS5 removes a row of an external-content table by the values it indexed.
                await using var replace = connection.CreateCommand();
                replace.CommandText = $"""
                    INSERT INTO {Quote(search)}({Quote(search)}, rowid, {Quote(column)}) VALUES ('delete', $id, $old);
                    INSERT INTO {Quote(search)}(rowid, {Quote(column)}) SELECT "Id", {Quote(column)} FROM {Quote(table)} WHERE "Id" = $id;
                    """;
                var id = replace.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Integer);
                var old = replace.Parameters.Add("$old", Microsoft.Data.Sqlite.SqliteType.Text);
                foreach (var (departureId, oldRole) in replacedRoles.OrderBy(r => r.Key))
                {
                    id.Value = departureId;
                    old.Value = (object?)oldRole ?? DBNull.Value;
                    await replace.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            filledUpTo[i] = Fill(connection, search, table, column, filledUpTo[i]);
        }

        var searchMs = clock.ElapsedMilliseconds;
        foreach (var statement in definitions.Concat(triggers))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        Times = FormattableString.Invariant($"restore: search tables {searchMs} ms, {definitions.Count} indexes and {triggers.Count} triggers {clock.ElapsedMilliseconds - searchMs} ms");

        definitions.Clear();
        triggers.Clear();
        searches.Clear();
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
