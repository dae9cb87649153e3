using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Store;
using TalentWatch.Data.Store.NewStore;

namespace TalentWatch.Data.Tests.Store;

/// <summary>
/// A new SQLite store is created from Store/NewStore/NewStoreScript.sql instead of the migrations (decision P19). It must be
/// the store the migrations build: the same schema rows, the same migration history, the same rows in every table. When a
/// migration is added (or EF upgraded) the script is stale until regenerated; with TALENTWATCH_REGENERATE_NEW_STORE_SCRIPT=1
/// the test writes it instead of comparing (Store/NewStore/regenerate.sh does that and then checks it).
/// </summary>
public sealed class NewStoreScriptTests : IDisposable
{
    private const string RegenerateVariable = "TALENTWATCH_REGENERATE_NEW_STORE_SCRIPT";
    private const string ScriptPath = "src/TalentWatch.Data/Store/NewStore/NewStoreScript.sql";
    private const string Stale =
        $"{ScriptPath}, which new SQLite stores are created from, no longer builds the store the migrations build (a migration was added or changed, "
        + "or EF Core was upgraded). Regenerate it with src/TalentWatch.Data/Store/NewStore/regenerate.sh and commit the script with the migration.";

    private readonly string directory = Directory.CreateTempSubdirectory("talentwatch-new-store-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_store_created_from_the_script_equals_one_created_by_every_migration()
    {
        var migrated = await CreateStoreAsync("migrated.db", StoreMigrator.MigrateThroughEveryMigrationAsync);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            await File.WriteAllTextAsync(Path.Combine(RepositoryRoot(), ScriptPath), await ScriptOfAsync(migrated));
            return;
        }

        var scripted = await CreateStoreAsync("scripted.db", (db, cancellationToken) => StoreMigrator.MigrateAsync(db, cancellationToken));

        var expected = await DescribeAsync(migrated);
        var actual = await DescribeAsync(scripted);
        Assert.True(expected == actual, $"{Stale}\n{FirstDifference(expected, actual)}");
        Assert.True(await IsCurrentAsync(scripted), Stale);
    }

    [Fact]
    public async Task An_empty_file_is_created_from_the_script_and_a_store_with_a_schema_goes_through_the_migrations()
    {
        var path = Path.Combine(directory, "empty.db");
        await File.WriteAllBytesAsync(path, []);
        await using (var db = Open(path))
        {
            await db.Database.OpenConnectionAsync();
            Assert.True(NewStoreScript.CreateIfEmpty((SqliteConnection)db.Database.GetDbConnection()));
            Assert.False(NewStoreScript.CreateIfEmpty((SqliteConnection)db.Database.GetDbConnection()));
        }

        Assert.True(await IsCurrentAsync(path));
    }

    [Fact]
    public async Task Two_processes_creating_the_same_new_store_both_find_it_made()
    {
        var path = Path.Combine(directory, "shared.db");
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var db = Open(path);
            await StoreMigrator.MigrateAsync(db);
        })));

        Assert.True(await IsCurrentAsync(path));
    }

    private async Task<string> CreateStoreAsync(string name, Func<TalentWatchDbContext, CancellationToken, Task> migrate)
    {
        var path = Path.Combine(directory, name);
        await using var db = Open(path);
        await migrate(db, CancellationToken.None);
        return path;
    }

    private static TalentWatchDbContext Open(string path) => new(StoreRegistration.OptionsFor(StoreRegistration.ForFile(path)));

    private static async Task<bool> IsCurrentAsync(string path)
    {
        await using var db = Open(path);
        return await StoreMigrator.IsCurrentAsync(db);
    }

    private static SqliteConnection OpenConnection(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Every schema row but the page a tree starts on (the migrations' table rebuilds place tables elsewhere in the file than
    /// creating them once does; SQLite never reads it by name), every table's rows including SQLite's own (sequences,
    /// statistics) and the search index's shadow tables, and the header values a store carries.
    /// </summary>
    private static async Task<string> DescribeAsync(string path)
    {
        await using var connection = OpenConnection(path);
        var description = new StringBuilder();
        var tables = new List<string>();
        foreach (var row in await QueryTextAsync(connection, "SELECT type, name, tbl_name, coalesce(sql, '(none)') FROM sqlite_master ORDER BY type, name"))
        {
            description.Append("schema ").AppendJoin(" | ", row).Append('\n');
            if (row[0] == "table" && !row[3].StartsWith("CREATE VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase))
            {
                tables.Add(row[1]);
            }
        }

        foreach (var table in tables)
        {
            foreach (var row in await QueryAsync(connection, $"SELECT * FROM \"{table}\" ORDER BY {ColumnNumbers(connection, table)}"))
            {
                description.Append("row ").Append(table).Append(": ").AppendJoin(" | ", row).Append('\n');
            }
        }

        foreach (var pragma in new[] { "user_version", "application_id", "journal_mode", "encoding", "auto_vacuum", "page_size" })
        {
            description.Append("pragma ").Append(pragma).Append(": ").AppendJoin(" | ", (await QueryAsync(connection, $"PRAGMA {pragma}"))[0]).Append('\n');
        }

        return description.ToString();
    }

    /// <summary>
    /// The script that builds what the migrations built: tables (virtual ones creating their own shadow tables), then
    /// indexes, then triggers and views, each in the order the migrations left them, then the rows the migrations wrote (the
    /// history, SQLite's sequence counters), and the full-text indexes' rebuild. Indexes SQLite makes for a constraint, and
    /// its statistics, come by themselves.
    /// </summary>
    private static async Task<string> ScriptOfAsync(string path)
    {
        await using var connection = OpenConnection(path);
        var schema = await QueryTextAsync(connection,
            """
            SELECT type, name, sql FROM sqlite_master
            WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite!_%' ESCAPE '!'
            ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'trigger' THEN 2 ELSE 3 END, rowid
            """);
        var virtualTables = schema.Where(r => r[0] == "table" && r[2].StartsWith("CREATE VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase)).Select(r => r[1]).ToList();
        bool IsShadow(string table) => virtualTables.Any(v => table.StartsWith(v + "_", StringComparison.Ordinal));

        var script = new StringBuilder();
        script.Append("-- A new SQLite store's schema and migration history, as every migration together creates them (decision P19).\n");
        script.Append("-- Generated by src/TalentWatch.Data/Store/NewStore/regenerate.sh: do not edit; NewStoreScriptTests checks it.\n");
        foreach (var row in schema.Where(r => !(r[0] == "table" && IsShadow(r[1]))))
        {
            script.Append(row[2]).Append(";\n");
        }

        var dataTables = schema.Where(r => r[0] == "table" && !virtualTables.Contains(r[1]) && !IsShadow(r[1])).Select(r => r[1])
            .Concat((await QueryTextAsync(connection, "SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'")).Select(r => r[0]));
        foreach (var table in dataTables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {ColumnNumbers(connection, table)}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => Literal(reader.GetValue(i)));
                script.Append("INSERT INTO \"").Append(table).Append("\" VALUES (").AppendJoin(", ", values).Append(");\n");
            }
        }

        // The migration rebuilds each full-text index after creating it, which leaves FTS5's averages record written out
        // (an empty one reads the same); the script does the same so that even the shadow tables' rows match.
        foreach (var table in virtualTables.Where(v => schema.Single(r => r[1] == v)[2].Contains("fts5", StringComparison.OrdinalIgnoreCase)))
        {
            script.Append("INSERT INTO \"").Append(table).Append("\"(\"").Append(table).Append("\") VALUES ('rebuild');\n");
        }

        return script.ToString();
    }

    private static string Literal(object value) => value switch
    {
        DBNull => "NULL",
        long integer => integer.ToString(CultureInfo.InvariantCulture),
        double real => RealLiteral(real),
        string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        byte[] blob => "X'" + Convert.ToHexString(blob) + "'",
        _ => throw new InvalidOperationException($"no SQL literal for a {value.GetType().Name}"),
    };

    // "1" would be read back as an integer: a real keeps its decimal point.
    private static string RealLiteral(double real)
    {
        var text = real.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny(".Ee") < 0 ? text + ".0" : text;
    }

    private static string ColumnNumbers(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM pragma_table_info('{table.Replace("'", "''", StringComparison.Ordinal)}')";
        var columns = (long)command.ExecuteScalar()!;
        return string.Join(", ", Enumerable.Range(1, (int)columns));
    }

    /// <summary>The rows of a query, each value as its SQL literal (so 1, 1.0, '1' and X'01' stay apart).</summary>
    private static async Task<List<string[]>> QueryAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Literal(reader.GetValue(i))).ToArray());
        }

        return rows;
    }

    /// <summary>The rows of a query whose values are all text, as they are.</summary>
    private static async Task<List<string[]>> QueryTextAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return rows;
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(nothing)";
            var a = i < actualLines.Length ? actualLines[i] : "(nothing)";
            if (e != a)
            {
                return $"first difference, line {i + 1}:\n  by the migrations: {e}\n  by the script:     {a}";
            }
        }

        return string.Empty;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalentWatch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TalentWatch.sln not found above the test's directory: run regenerate.sh from the repository");
    }
}
