using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Cli;
using TalentWatch.Cli.Hosting;
using TalentWatch.Core.Dates;
using TalentWatch.Data.Store;

namespace TalentWatch.Cli.Tests;

/// <summary>Issue 15 on the command line: a stored date in 9999, formula names in CSV, a duplicate id in import-data.</summary>
public sealed class AbuseTests : IDisposable
{
    private const string Departures = """
        person,from,to,date,role,founder,source_url
        Ana Kowalska,Veritas AI,Meta,2026-01-15,CTO,true,https://news.example/1
        Bram Dekker,Veritas AI,,2026-02,Research Scientist,false,https://news.example/3
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("talentwatch-cli-abuse-").FullName;

    private string Db => Path.Combine(directory, "store.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await TalentWatchCommandLine.InvokeAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task ImportAsync()
    {
        var path = Path.Combine(directory, "departures.csv");
        await File.WriteAllTextAsync(path, Departures.ReplaceLineEndings("\n"));
        var result = await Run("import-csv", path, "--db", Db);
        Assert.True(result.Exit == ExitCodes.Success, result.Error);
    }

    private TalentWatchDbContext Open() =>
        new(StoreRegistration.OptionsFor(new StoreLocation(StoreProvider.Sqlite, StoreRegistration.ForFile(Db))));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("article\0.md")]
    public async Task Extract_names_a_path_that_names_no_file_instead_of_failing(string path)
    {
        var result = await Run("extract", path);

        Assert.Equal(1, result.Exit);
        Assert.EndsWith("': not a file or folder name", result.Error.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_reports_a_missing_file_by_its_path_and_reads_a_real_one()
    {
        var missing = Path.Combine(directory, "missing.md");
        var article = Path.Combine(directory, "article.md");
        await File.WriteAllTextAsync(article, "Dana Whitlock has left Veritas AI to join Orrery Systems as chief scientist.\n");

        var absent = await Run("extract", missing);
        var read = await Run("extract", "--json", "--published", "2026-03-02", article);

        Assert.Equal(1, absent.Exit);
        Assert.StartsWith(missing + ":", absent.Error, StringComparison.Ordinal);
        Assert.True(read.Exit == 0, read.Error);
        var person = JsonNode.Parse(read.Out)!["articles"]![0]!["departures"]![0]!["person"]!.GetValue<string>();
        Assert.Equal("Dana Whitlock", person);
    }

    [Fact]
    public async Task A_stored_departure_dated_9999_12_leaves_timeline_and_summary_working()
    {
        await ImportAsync();
        await using (var db = Open())
        {
            // Stored before the date rule existed (or by any writer that skipped it): the reports must still answer.
            var bram = await db.Departures.SingleAsync(d => d.Role == "Research Scientist");
            bram.Date = PrecisionDate.Parse("9999-12");
            await db.SaveChangesAsync();
        }

        var timeline = await Run("timeline", "Veritas AI", "--format", "json", "--db", Db);
        var summary = await Run("summary", "--quarter", "2026-Q1", "--format", "json", "--db", Db);

        Assert.True(timeline.Exit == ExitCodes.Success, timeline.Error);
        Assert.Contains("9999-12", timeline.Out, StringComparison.Ordinal);
        Assert.True(summary.Exit == ExitCodes.Success, summary.Error);
    }

    [Fact]
    public async Task Summary_csv_escapes_names_a_spreadsheet_would_run()
    {
        await ImportAsync();
        await using (var db = Open())
        {
            (await db.Companies.SingleAsync(c => c.Name == "Veritas AI")).Name = "+cmd|' /C calc'!A0";
            (await db.Companies.SingleAsync(c => c.Name == "Meta")).Name = "=HYPERLINK(\"http://evil.example\",\"x\")";
            await db.SaveChangesAsync();
        }

        var csv = await Run("summary", "--quarter", "2026-Q1", "--format", "csv", "--db", Db);

        Assert.True(csv.Exit == ExitCodes.Success, csv.Error);
        var row = csv.Out.Split('\n')[1];
        Assert.StartsWith("2026-Q1,\"'+cmd|' /C calc'!A0\",", row, StringComparison.Ordinal);
        Assert.EndsWith(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\"):1; unknown:1\"", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_data_with_a_duplicate_id_names_it_without_a_stack_trace()
    {
        await ImportAsync();
        var exported = Path.Combine(directory, "data.json");
        Assert.Equal(ExitCodes.Success, (await Run("export-data", exported, "--db", Db)).Exit);
        var data = JsonNode.Parse(await File.ReadAllTextAsync(exported))!;
        var companies = data["companies"]!.AsArray();
        companies.Add(companies[0]!.DeepClone());
        var duplicate = Path.Combine(directory, "duplicate.json");
        await File.WriteAllTextAsync(duplicate, data.ToJsonString());

        var result = await Run("import-data", duplicate, "--db", Path.Combine(directory, "empty.db"));

        Assert.Equal(ExitCodes.BadInput, result.Exit);
        Assert.Contains("'companies': id 1 appears twice; nothing imported", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
