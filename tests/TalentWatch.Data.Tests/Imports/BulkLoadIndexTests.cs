using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Search;

namespace TalentWatch.Data.Tests.Imports;

/// <summary>
/// A large departures file on SQLite goes in with the written tables' indexes dropped and rebuilt inside the import's
/// transaction (decision P10), and its search indexes' triggers dropped and the search indexes filled again in one pass
/// (decision P12): afterwards, and after a failed file, the store has exactly the indexes and triggers it had, and search
/// finds what the file brought.
/// </summary>
public sealed class BulkLoadIndexTests : IDisposable
{
    private readonly TestStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_large_file_leaves_the_same_indexes_and_finds_rows_through_them()
    {
        var before = Indexes();
        var triggers = Triggers();

        var result = await new CsvImporter(store.Factory).ImportFileAsync(store.WriteFile("departures.csv", LargeFile(12_000, badLastRow: false)));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(12_000, result.Rows);
        Assert.Equal(before, Indexes());
        Assert.Equal(triggers, Triggers());
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
        Assert.Equal(12_000L, Scalar("SELECT COUNT(*) FROM \"Departures\" INDEXED BY \"IX_Departures_PersonId_CompanyId\" WHERE \"PersonId\" > 0"));
    }

    [Fact]
    public async Task A_large_file_with_a_bad_last_row_stores_nothing_and_keeps_the_indexes()
    {
        var before = Indexes();
        var triggers = Triggers();
        var counts = await store.CountsAsync();

        var result = await new CsvImporter(store.Factory).ImportFileAsync(store.WriteFile("departures.csv", LargeFile(12_000, badLastRow: true)));

        Assert.Equal("departures.csv:12002: date '9999-12' is out of range: a departure's date must lie between 1900 and", Assert.Single(result.Errors)[..98]);
        Assert.Equal(before, Indexes());
        Assert.Equal(triggers, Triggers());
        Assert.Equal(counts, await store.CountsAsync());
        await using var db = await store.Factory.CreateDbContextAsync();
        Assert.Empty(await TextSearch.PersonIds(db, "Person Number 11999").ToListAsync());
    }

    [Fact]
    public void The_search_tables_keep_no_column_sizes()
    {
        // Nothing ranks matches, so FTS5's per-row sizes (its "_docsize" table) would be written for nothing (decision P23).
        using var connection = new SqliteConnection(store.Location.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%Search_docsize'";
        using var reader = command.ExecuteReader();
        Assert.False(reader.Read(), "a search table keeps column sizes");
        foreach (var (search, _, _) in BulkLoadIndexes.SearchIndexes)
        {
            Execute($"INSERT INTO \"{search}\"(\"{search}\", rank) VALUES ('integrity-check', 1)");
        }
    }

    [Fact]
    public async Task Search_finds_what_a_large_file_brought_and_keeps_following_later_edits()
    {
        var result = await new CsvImporter(store.Factory).ImportFileAsync(store.WriteFile("departures.csv", LargeFile(12_000, badLastRow: false)));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        // Every search index agrees with its table (FTS5's own check of an external-content index against its content).
        foreach (var (search, _, _) in BulkLoadIndexes.SearchIndexes)
        {
            Execute($"INSERT INTO \"{search}\"(\"{search}\", rank) VALUES ('integrity-check', 1)");
        }

        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            var person = await db.People.SingleAsync(p => p.Name == "Person Number 11999");
            Assert.Equal([person.Id], await TextSearch.PersonIds(db, "Number 11999").ToListAsync());
            Assert.Equal(12_000, await TextSearch.DepartureIdsByRoleOrEvidence(db, "model team").CountAsync());
            Assert.Single(await TextSearch.DepartureIdsByRoleOrEvidence(db, "departures.csv:12001").ToListAsync());

            // The triggers are back: an edit after the import reaches the search index.
            person.Name = "Renamed Researcher";
            await db.SaveChangesAsync();
            Assert.Equal([person.Id], await TextSearch.PersonIds(db, "Renamed Res").ToListAsync());
        }

        // A small file (the store now holds 12,000 departures) keeps the indexes; its search rows go in at the end too.
        var second = await new CsvImporter(store.Factory).ImportFileAsync(store.WriteFile("more.csv", "person,from,to,date,role,founder,source_url\nQuilla Vantreight,Company 3,,2025-02,Chief Scientist,true,https://news.example/q\n"));
        Assert.True(second.Succeeded, string.Join("\n", second.Errors));
        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            Assert.Single(await TextSearch.PersonIds(db, "Vantreight").ToListAsync());
            Assert.Single(await TextSearch.DepartureIdsByRoleOrEvidence(db, "Chief Scientist").ToListAsync());
        }
    }

    [Fact]
    public async Task A_small_file_that_fills_in_a_stored_departures_role_replaces_it_in_the_search_index()
    {
        var importer = new CsvImporter(store.Factory);
        var first = await importer.ImportFileAsync(store.WriteFile("first.csv", "person,from,to,date,role,founder,source_url\nAda Quillfeather,Company 1,,2025-03,,false,https://a\nBo Marrowind,Company 2,,2025-04,Staff Engineer,false,https://b\n"));
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        var triggers = Triggers();

        var second = await importer.ImportFileAsync(store.WriteFile("second.csv", "person,from,to,date,role,founder,source_url\nAda Quillfeather,Company 1,,2025-03-14,Head of Alignment,false,https://c\nBo Marrowind,Company 2,Meta,2025-04,Staff Engineer,false,https://d\nCy Tarnwell,Company 3,,2025-05,Alignment Researcher,false,https://e\n"));

        Assert.True(second.Succeeded, string.Join("\n", second.Errors));
        Assert.Equal(triggers, Triggers());
        foreach (var (search, _, _) in BulkLoadIndexes.SearchIndexes)
        {
            Execute($"INSERT INTO \"{search}\"(\"{search}\", rank) VALUES ('integrity-check', 1)");
        }

        await using var db = await store.Factory.CreateDbContextAsync();
        var ada = await db.Departures.SingleAsync(d => d.Person!.Name == "Ada Quillfeather");
        var cy = await db.Departures.SingleAsync(d => d.Person!.Name == "Cy Tarnwell");
        Assert.Equal("Head of Alignment", ada.Role);
        Assert.Equal([ada.Id, cy.Id], (await TextSearch.DepartureIdsByRoleOrEvidence(db, "Alignment").ToListAsync()).Order());
        Assert.Single(await TextSearch.DepartureIdsByRoleOrEvidence(db, "Staff Engineer").ToListAsync());
        Assert.Single(await TextSearch.PersonIds(db, "Tarnwell").ToListAsync());
        Assert.Single(await TextSearch.DepartureIdsByRoleOrEvidence(db, "second.csv:4").ToListAsync());
    }

    [Fact]
    public async Task A_stored_role_of_white_space_is_filled_in_and_leaves_the_search_index_by_its_exact_text()
    {
        // The import's merge index keeps only whether a role is there (decision P17); the search table must still be told
        // the exact text it indexed, or FTS5's integrity check fails.
        var importer = new CsvImporter(store.Factory);
        var first = await importer.ImportFileAsync(store.WriteFile("first.csv", "person,from,to,date,role,founder,source_url\nAda Quillfeather,Company 1,,2025-03,Placeholder,false,https://a\n"));
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Execute("UPDATE \"Departures\" SET \"Role\" = '   ' WHERE \"Role\" = 'Placeholder'"); // through the update trigger, as an edit would

        var second = await importer.ImportFileAsync(store.WriteFile("second.csv", "person,from,to,date,role,founder,source_url\nAda Quillfeather,Company 1,,2025-03-14,Head of Alignment,false,https://c\n"));

        Assert.True(second.Succeeded, string.Join("\n", second.Errors));
        foreach (var (search, _, _) in BulkLoadIndexes.SearchIndexes)
        {
            Execute($"INSERT INTO \"{search}\"(\"{search}\", rank) VALUES ('integrity-check', 1)");
        }

        await using var db = await store.Factory.CreateDbContextAsync();
        var ada = await db.Departures.SingleAsync();
        Assert.Equal(("Head of Alignment", "2025-03-14"), (ada.Role, ada.DateText));
        Assert.Equal([ada.Id], await TextSearch.DepartureIdsByRoleOrEvidence(db, "Alignment").ToListAsync());
    }

    private static string LargeFile(int rows, bool badLastRow)
    {
        var csv = new StringBuilder("person,from,to,date,role,founder,source_url\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append("Person Number ").Append(i).Append(",Company ").Append(i % 50).Append(",Employer ").Append(i % 70)
                .Append(",2025-0").Append(1 + (i % 9)).Append(",Research Engineer on the model team,false,https://news.example/articles/").Append(i).Append('\n');
        }

        if (badLastRow)
        {
            csv.Append("X,Veritas AI,Meta,9999-12,CTO,true,https://x\n");
        }

        return csv.ToString();
    }

    private List<string> Indexes()
    {
        using var connection = new SqliteConnection(store.Location.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        using var reader = command.ExecuteReader();
        var indexes = new List<string>();
        while (reader.Read())
        {
            indexes.Add(reader.GetString(0));
        }

        Assert.NotEmpty(indexes);
        return indexes;
    }

    private List<string> Triggers()
    {
        using var connection = new SqliteConnection(store.Location.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name";
        using var reader = command.ExecuteReader();
        var triggers = new List<string>();
        while (reader.Read())
        {
            triggers.Add(reader.GetString(0));
        }

        Assert.Equal(BulkLoadIndexes.SearchIndexes.Length * 3, triggers.Count(t => t.Contains("Search_", StringComparison.Ordinal)));
        return triggers;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(store.Location.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(store.Location.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
