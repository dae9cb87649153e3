using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Search;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Imports;

/// <summary>
/// A large departures file on PostgreSQL goes in with the written tables' secondary indexes and the foreign keys between them
/// dropped and built again inside the import's transaction (decision P20), once readers let the import have the tables; the
/// store ends with exactly the indexes and constraints it had, after a good file and after a bad one, and an import that
/// cannot have the tables loads row by row without waiting for the readers.
/// </summary>
public sealed class PostgresBulkLoadTests : IDisposable
{
    private readonly TestStore store = new(StoreProvider.Postgres);

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_large_file_takes_the_tables_and_leaves_the_same_indexes_and_constraints()
    {
        var schema = await SchemaAsync();
        string[] lockedDuringImport = [];
        var progress = new InlineProgress(() =>
        {
            // On the first chunk saved, from another connection: the import holds the written tables exclusively.
            if (lockedDuringImport.Length == 0)
            {
                lockedDuringImport = [.. Strings("""
                    SELECT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                    WHERE l.mode = 'AccessExclusiveLock' AND l.granted AND l.pid <> pg_backend_pid() AND c.relkind = 'r' ORDER BY 1
                    """)];
            }
        });

        var result = await new CsvImporter(store.Factory).ImportFileAsync(store.WriteFile("departures.csv", LargeFile(12_000, badLastRow: false)), progress);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["Companies", "DepartureSources", "Departures", "People", "PersonAliases"], lockedDuringImport);
        Assert.Equal(schema, await SchemaAsync());
        await using var db = await store.Factory.CreateDbContextAsync();
        Assert.Equal(12_000, await db.Departures.CountAsync(d => d.PersonId != null));
        Assert.Single(await TextSearch.PersonIds(db, "Person Number 11999").ToListAsync());
        Assert.Equal(12_000, await TextSearch.DepartureIdsByRoleOrEvidence(db, "Research Engineer").CountAsync());
    }

    [Fact]
    public async Task A_large_file_with_a_bad_last_row_stores_nothing_and_keeps_the_indexes_and_constraints()
    {
        var schema = await SchemaAsync();
        var counts = await store.CountsAsync();

        var result = await new CsvImporter(store.Factory).ImportFileAsync(store.WriteFile("departures.csv", LargeFile(12_000, badLastRow: true)));

        Assert.Equal("departures.csv:12002: date '9999-12' is out of range: a departure's date must lie between 1900 and", Assert.Single(result.Errors)[..98]);
        Assert.Equal(schema, await SchemaAsync());
        Assert.Equal(counts, await store.CountsAsync());
    }

    [Fact]
    public async Task A_large_file_merged_into_a_store_that_has_rows_keeps_every_row_and_checks_the_keys_again()
    {
        var importer = new CsvImporter(store.Factory);
        Assert.True((await importer.ImportFileAsync(store.WriteFile("first.csv", LargeFile(6_000, badLastRow: false)))).Succeeded);

        // 12,000 rows of which the first 6,000 are the same people and companies: they merge into the stored departures.
        var result = await importer.ImportFileAsync(store.WriteFile("second.csv", LargeFile(12_000, badLastRow: false, role: "Staff Engineer")));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        await using var db = await store.Factory.CreateDbContextAsync();
        Assert.Equal(12_000, await db.Departures.CountAsync());
        Assert.Equal(18_000, await db.DepartureSources.CountAsync());
        Assert.Equal(0, await db.DepartureSources.CountAsync(s => !db.Departures.Any(d => d.Id == s.DepartureId)));
        Assert.Equal(["FK_DepartureSources_Articles_ArticleId", "FK_DepartureSources_Departures_DepartureId", "FK_Departures_Companies_CompanyId",
            "FK_Departures_Companies_DestinationId", "FK_Departures_Departures_MergedIntoId", "FK_Departures_People_PersonId", "FK_PersonAliases_People_PersonId"],
            Strings("""SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text IN ('"Departures"', '"DepartureSources"', '"PersonAliases"') AND convalidated ORDER BY 1"""));
    }

    [Fact]
    public async Task A_reader_that_keeps_a_table_makes_the_import_load_row_by_row_instead_of_waiting()
    {
        var schema = await SchemaAsync();
        await using var reader = new NpgsqlConnection(store.Location.ConnectionString);
        await reader.OpenAsync();
        await using var readerTransaction = await reader.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        await using (var read = new NpgsqlCommand("""SELECT COUNT(*) FROM "People" """, reader, readerTransaction))
        {
            await read.ExecuteScalarAsync(); // the reader now holds People (ACCESS SHARE) until its transaction ends
        }

        var watch = Stopwatch.StartNew();
        var import = new CsvImporter(store.Factory).ImportFileAsync(store.WriteFile("departures.csv", LargeFile(12_000, badLastRow: false)));
        var finished = await Task.WhenAny(import, Task.Delay(TimeSpan.FromMinutes(2)));

        Assert.Same(import, finished); // it did not wait for the reader, whose transaction is still open
        var result = await import;
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        await using (var read = new NpgsqlCommand("""SELECT COUNT(*) FROM "Departures" """, reader, readerTransaction))
        {
            Assert.Equal(0L, await read.ExecuteScalarAsync()); // read without waiting, in the reader's snapshot from before the import
        }

        await readerTransaction.CommitAsync();
        Assert.Equal(schema, await SchemaAsync());
        await using var db = await store.Factory.CreateDbContextAsync();
        Assert.Equal(12_000, await db.Departures.CountAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task A_role_that_may_write_but_does_not_own_the_tables_loads_row_by_row()
    {
        var schema = await SchemaAsync();
        var role = "talentwatch_writer_" + Guid.NewGuid().ToString("N")[..12];
        Execute($"""
            CREATE ROLE {role} LOGIN;
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role};
            """);
        try
        {
            var asWriter = new NpgsqlConnectionStringBuilder(store.Location.ConnectionString) { Username = role, Pooling = false }.ConnectionString;
            var factory = new WriterContextFactory(StoreRegistration.OptionsFor(new StoreLocation(StoreProvider.Postgres, asWriter)));

            var result = await new CsvImporter(factory).ImportFileAsync(store.WriteFile("departures.csv", LargeFile(12_000, badLastRow: false)));

            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            Assert.Equal(schema, await SchemaAsync());
            await using var db = await store.Factory.CreateDbContextAsync();
            Assert.Equal(12_000, await db.Departures.CountAsync());
        }
        finally
        {
            Execute($"DROP OWNED BY {role}; DROP ROLE {role};");
        }
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(store.Location.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private sealed class WriterContextFactory(DbContextOptions<TalentWatchDbContext> options) : IDbContextFactory<TalentWatchDbContext>
    {
        public TalentWatchDbContext CreateDbContext() => new(options);
    }

    private static string LargeFile(int rows, bool badLastRow, string role = "Research Engineer on the model team")
    {
        var csv = new StringBuilder("person,from,to,date,role,founder,source_url\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append("Person Number ").Append(i).Append(",Company ").Append(i % 50).Append(",Employer ").Append(i % 70)
                .Append(",2025-0").Append(1 + (i % 9)).Append(',').Append(role).Append(",false,https://news.example/articles/").Append(i).Append('\n');
        }

        if (badLastRow)
        {
            csv.Append("X,Veritas AI,Meta,9999-12,CTO,true,https://x\n");
        }

        return csv.ToString();
    }

    /// <summary>Every index (name and definition) and constraint (name, definition, validated) of the store's tables.</summary>
    private Task<List<string>> SchemaAsync() => Task.FromResult(Strings("""
        SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()
        UNION ALL
        SELECT 'constraint ' || conrelid::regclass || '.' || conname || ': ' || pg_get_constraintdef(oid) || CASE WHEN convalidated THEN '' ELSE ' (not valid)' END
        FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
        ORDER BY 1
        """));

    private List<string> Strings(string sql)
    {
        using var connection = new NpgsqlConnection(store.Location.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>Reports on the importer's own thread, while its transaction is open.</summary>
    private sealed class InlineProgress(Action report) : IProgress<double>
    {
        public void Report(double value) => report();
    }
}
