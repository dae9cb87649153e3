using System.Text;
using Microsoft.Data.Sqlite;
using TalentWatch.Data.Imports.Csv;

namespace TalentWatch.Data.Tests.Imports;

/// <summary>
/// A large departures file on SQLite goes in with the written tables' indexes dropped and rebuilt inside the import's
/// transaction (decision P10): afterwards, and after a failed file, the store has exactly the indexes it had.
/// </summary>
public sealed class BulkLoadIndexTests : IDisposable
{
    private readonly TestStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_large_file_leaves_the_same_indexes_and_finds_rows_through_them()
    {
        var before = Indexes();

        var result = await new CsvImporter(store.Factory).ImportFileAsync(store.WriteFile("departures.csv", LargeFile(12_000, badLastRow: false)));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(12_000, result.Rows);
        Assert.Equal(before, Indexes());
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
        Assert.Equal(12_000L, Scalar("SELECT COUNT(*) FROM \"Departures\" INDEXED BY \"IX_Departures_PersonId_CompanyId\" WHERE \"PersonId\" > 0"));
    }

    [Fact]
    public async Task A_large_file_with_a_bad_last_row_stores_nothing_and_keeps_the_indexes()
    {
        var before = Indexes();
        var counts = await store.CountsAsync();

        var result = await new CsvImporter(store.Factory).ImportFileAsync(store.WriteFile("departures.csv", LargeFile(12_000, badLastRow: true)));

        Assert.Equal("departures.csv:12002: date '9999-12' is out of range: a departure's date must lie between 1900 and", Assert.Single(result.Errors)[..98]);
        Assert.Equal(before, Indexes());
        Assert.Equal(counts, await store.CountsAsync());
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

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(store.Location.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
