using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Search;

namespace TalentWatch.Data.Tests.Imports;

/// <summary>
/// On SQLite a departures file's statements are written on a second thread, in batches, the inserts in statements of
/// <see cref="DepartureRowWriter.RowsPerStatement"/> rows (decision P16): every row arrives once with its values whatever
/// its place in a statement or a batch, merges into rows of the same batch land, and a row SQLite refuses names its own
/// line although it fails a batch later than it was read, leaving the store as it was.
/// </summary>
public sealed class SqliteWritePipelineTests : IDisposable
{
    private readonly TestStore store = new();

    public void Dispose() => store.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(99)]
    [InlineData(100)]
    [InlineData(101)]
    [InlineData(250)]
    [InlineData(11_001)] // several batches of SqliteWritePipeline.BatchOps statements, and a search fill during the rows
    public async Task Every_row_arrives_once_with_its_values_at_any_place_in_a_statement_or_a_batch(int rows)
    {
        var result = await new CsvImporter(store.Factory).ImportFileAsync(store.WriteFile("departures.csv", File(rows)));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(rows, result.Rows);
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
        foreach (var (search, _, _) in BulkLoadIndexes.SearchIndexes)
        {
            Execute($"INSERT INTO \"{search}\"(\"{search}\", rank) VALUES ('integrity-check', 1)");
        }

        await using var db = await store.Factory.CreateDbContextAsync();
        var departures = await db.Departures.AsNoTracking().Include(d => d.Person).Include(d => d.Sources).OrderBy(d => d.Id).ToListAsync();
        var merging = Enumerable.Range(0, rows).Count(Merges);
        Assert.Equal(rows - merging, departures.Count);
        Assert.Equal(rows, departures.Sum(d => d.Sources.Count));
        Assert.Equal(rows - merging, await db.People.CountAsync());
        Assert.Equal(rows - merging, await db.PersonAliases.CountAsync());

        // Departures in the order of their first row; a merged one took the later row's day and role and counts one change.
        var first = Enumerable.Range(0, rows).Where(i => !Merges(i)).ToList();
        for (var n = 0; n < first.Count; n++)
        {
            var i = first[n];
            var departure = departures[n];
            var merged = Merges(i + 1) && i + 1 < rows;
            Assert.Equal($"Person {i}", departure.Person!.Name);
            Assert.Equal(merged ? "2025-03-07" : "2025-03", departure.DateText);
            Assert.Equal(merged ? $"Role {i + 1}" : (i % 3 == 0 ? $"Role {i}" : null), departure.Role);
            Assert.Equal(merged ? 1 : 0, departure.Version);
            Assert.Equal(
                (merged ? [$"departures.csv:{i + 2}", $"departures.csv:{i + 3}"] : new[] { $"departures.csv:{i + 2}" }).Order(StringComparer.Ordinal),
                departure.Sources.Select(s => s.Evidence).Order(StringComparer.Ordinal));
        }

        if (rows > 0)
        {
            var last = first[^1];
            Assert.Contains(departures[^1].PersonId!.Value, await TextSearch.PersonIds(db, $"Person {last}").ToListAsync());
            Assert.Single(await TextSearch.DepartureIdsByRoleOrEvidence(db, $"departures.csv:{last + 2}").ToListAsync());
        }
    }

    [Theory]
    [InlineData(250, 152)] // inside the second 100-row statement of the file's only batch
    [InlineData(3_001, 1_500)] // in a batch written while later rows are read: it fails a hand-over later
    public async Task A_row_sqlite_refuses_in_the_middle_of_a_batch_names_its_line_and_leaves_the_store_unchanged(int rows, int line)
    {
        var importer = new CsvImporter(store.Factory);
        Assert.True((await importer.ImportFileAsync(store.WriteFile("earlier.csv", "person,from,to,date,role,founder,source_url\nEarly Bird,Company 1,,2024-05,,,\n"))).Succeeded);
        Execute($"""
            CREATE TRIGGER "TestRefusesOneSource" BEFORE INSERT ON "DepartureSources"
            WHEN NEW."Evidence" = 'departures.csv:{line}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
            """);
        var counts = await store.CountsAsync();
        var schema = Scalar("SELECT group_concat(name || sql, ';') FROM (SELECT name, sql FROM sqlite_master ORDER BY name)");

        var result = await importer.ImportFileAsync(store.WriteFile("departures.csv", File(rows)));

        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"departures.csv:{line}: could not be stored: ", error, StringComparison.Ordinal);
        Assert.Contains("refused by the test", error, StringComparison.Ordinal);
        Assert.Equal(counts, await store.CountsAsync());
        Assert.Equal(schema, Scalar("SELECT group_concat(name || sql, ';') FROM (SELECT name, sql FROM sqlite_master ORDER BY name)"));
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task A_bad_row_in_the_middle_of_a_batch_names_its_line_and_leaves_the_store_unchanged()
    {
        var csv = new StringBuilder(File(250));
        csv.Insert(csv.ToString().IndexOf("Person 150,", StringComparison.Ordinal), "Bad Date,Company 2,,2025-13,,,\n");
        var counts = await store.CountsAsync();

        var result = await new CsvImporter(store.Factory).ImportFileAsync(store.WriteFile("departures.csv", csv.ToString()));

        Assert.Equal("departures.csv:152: date '2025-13' is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY or empty)", Assert.Single(result.Errors));
        Assert.Equal(counts, await store.CountsAsync());
    }

    // Row i (line i + 2) is a new person at month precision, with a role on every third; a row i with i % 3 == 2 reports the
    // previous row's person again, to the day and with a role, so it merges into that departure (often in the same batch).
    private static bool Merges(int i) => i % 3 == 2;

    private static string File(int rows)
    {
        var csv = new StringBuilder("person,from,to,date,role,founder,source_url\n");
        for (var i = 0; i < rows; i++)
        {
            if (Merges(i))
            {
                csv.Append("Person ").Append(i - 1).Append(",Company ").Append((i - 1) % 40).Append(",,2025-03-07,Role ").Append(i).Append(",,https://news.example/").Append(i).Append('\n');
            }
            else
            {
                csv.Append("Person ").Append(i).Append(",Company ").Append(i % 40).Append(",,2025-03,").Append(i % 3 == 0 ? $"Role {i}" : string.Empty).Append(",,https://news.example/").Append(i).Append('\n');
            }
        }

        return csv.ToString();
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
