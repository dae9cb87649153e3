using System.Text.Json;
using Microsoft.Data.Sqlite;
using TalentWatch.Cli;
using TalentWatch.Cli.Hosting;

namespace TalentWatch.Cli.Tests;

/// <summary>The `talentwatch` commands run in-process against a real SQLite file in a temporary directory.</summary>
public sealed class CliTests : IDisposable
{
    private const string Companies = """
        name,aliases,founded,founding_team_size
        Veritas AI,VERITAS;Véritas Labs,2022-03-01,4
        Meta Platforms,Meta,2004-02-04,5
        """;

    private const string Headcounts = """
        company,as_of,headcount
        Veritas AI,2025-12-31,50
        """;

    private const string Departures = """
        person,from,to,date,role,founder,source_url
        Ana Kowalska,Veritas AI,Meta,2026-01-15,CTO,true,https://news.example/1
        ana kowalska,VÉRITAS,,2026-01,,,https://news.example/2
        Bram Dekker,veritas labs,,2026-02,Research Scientist,false,https://news.example/3
        Chen Wei,Veritas AI,META,2026,Engineer,false,https://news.example/4
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("talentwatch-cli-tests-").FullName;

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

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await TalentWatchCommandLine.InvokeAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task ImportAllAsync()
    {
        var result = await Run("import-csv", Write("departures.csv", Departures), Write("companies.csv", Companies), Write("headcounts.csv", Headcounts), "--db", Db);
        Assert.True(result.Exit == ExitCodes.Success, result.Error);
    }

    [Fact]
    public async Task Import_csv_reports_each_file_and_skips_a_file_imported_before()
    {
        var first = await Run("import-csv", Write("departures.csv", Departures), Write("companies.csv", Companies), "--db", Db);
        var again = await Run("import-csv", Path.Combine(directory, "companies.csv"), "--db", Db);

        Assert.Equal(0, first.Exit);
        Assert.Equal(["companies.csv: imported 2 companies rows", "departures.csv: imported 4 departures rows"], first.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, again.Exit);
        Assert.Contains("companies.csv: skipped, already imported (same content)", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_json_follows_the_spec()
    {
        await ImportAllAsync();

        var (exit, output, _) = await Run("summary", "--quarter", "2026-Q1", "--format", "json", "--db", Db);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2026-Q1", root.GetProperty("quarter").GetString());
        Assert.Equal("2026-03-31", root.GetProperty("to").GetString());
        Assert.Equal(2, root.GetProperty("totalDepartures").GetInt32());
        Assert.Equal(1, root.GetProperty("unplacedDepartures").GetInt32());
        var veritas = root.GetProperty("companies")[0];
        Assert.Equal("Veritas AI", veritas.GetProperty("company").GetString());
        Assert.Equal(1, veritas.GetProperty("founderDepartures").GetInt32());
        Assert.Equal(0.25m, veritas.GetProperty("foundingTeamAttrition").GetDecimal());
        Assert.Equal(50, veritas.GetProperty("headcountAtStart").GetInt32());
        Assert.Equal(0.04m, veritas.GetProperty("attritionRate").GetDecimal());
        Assert.Equal("Meta Platforms", veritas.GetProperty("destinations")[0].GetProperty("employer").GetString());
        Assert.Equal(JsonValueKind.Null, veritas.GetProperty("destinations")[1].GetProperty("employer").ValueKind);
        Assert.Equal("Meta Platforms", root.GetProperty("destinations")[0].GetProperty("employer").GetString());
    }

    [Fact]
    public async Task Summary_csv_and_markdown_to_a_file()
    {
        await ImportAllAsync();
        var mdPath = Path.Combine(directory, "out", "q1.md");

        var csv = await Run("summary", "--quarter", "2026-Q1", "--format", "csv", "--company", "véritas labs", "--db", Db);
        var md = await Run("summary", "--quarter", "2026-Q1", "--format", "md", "--out", mdPath, "--db", Db);

        Assert.Equal(0, csv.Exit);
        Assert.Equal("2026-Q1,Veritas AI,2,1,4,1,25%,50,4%,Meta Platforms:1; unknown:1", csv.Out.Split('\n')[1]);
        Assert.Equal(0, md.Exit);
        Assert.Contains("| Veritas AI | 2 |", await File.ReadAllTextAsync(mdPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_csv_in_date_order_and_filtered_by_employer()
    {
        await ImportAllAsync();

        var all = await Run("timeline", "VERITAS", "--format", "csv", "--db", Db);
        var toMeta = await Run("timeline", "veritas-ai", "--to", "meta", "--format", "json", "--db", Db);

        Assert.Equal(0, all.Exit);
        var lines = all.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,precision,person,destination,role,founder,sources,source_urls", lines[0]);
        Assert.Equal("2026,year,Chen Wei,Meta Platforms,Engineer,false,1,https://news.example/4", lines[1]);
        Assert.Equal("2026-01-15,day,Ana Kowalska,Meta Platforms,CTO,true,2,https://news.example/1 https://news.example/2", lines[2]);
        Assert.Equal(4, lines.Length);

        Assert.Equal(0, toMeta.Exit);
        using var json = JsonDocument.Parse(toMeta.Out);
        Assert.Equal(2, json.RootElement.GetProperty("departures").GetArrayLength());
        Assert.Equal("Meta Platforms", json.RootElement.GetProperty("destinationFilter").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Read_commands_create_a_missing_store_and_answer_from_it()
    {
        // A current SQLite store is read on a plain connection (decision P22); a missing one goes through the migrations first.
        var summary = await Run("summary", "--quarter", "2026-Q1", "--db", Db);
        var timeline = await Run("timeline", "Veritas AI", "--db", Db);

        Assert.True(summary.Exit == ExitCodes.Success, summary.Error);
        Assert.Equal(0, JsonDocument.Parse(summary.Out).RootElement.GetProperty("totalDepartures").GetInt32());
        Assert.Equal(ExitCodes.BadInput, timeline.Exit);
        Assert.Equal("COMPANY: no company is called 'Veritas AI'", timeline.Error.Trim());

        await ImportAllAsync();
        var after = await Run("timeline", "Veritas AI", "--format", "csv", "--db", Db);
        Assert.Equal(0, after.Exit);
        Assert.Equal(4, after.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Bad_csv_exits_1_naming_file_line_and_problem_and_leaves_the_store_unchanged()
    {
        await ImportAllAsync();
        var before = await Run("summary", "--quarter", "2026-Q1", "--db", Db);

        var bad = await Run("import-csv", Write("more.csv", "person,from,to,date,role,founder,source_url\nDee,Veritas AI,,2026-02-02,,,\nEd,Veritas AI,,2026-02-30,,,\n"), "--db", Db);
        var after = await Run("summary", "--quarter", "2026-Q1", "--db", Db);

        Assert.Equal(ExitCodes.BadInput, bad.Exit);
        Assert.StartsWith("more.csv:3: date '2026-02-30' is not a date", bad.Error, StringComparison.Ordinal);
        Assert.Equal(before.Out, after.Out);
    }

    [Fact]
    public async Task A_missing_file_or_unknown_company_is_bad_input()
    {
        Assert.Equal(ExitCodes.BadInput, (await Run("import-csv", Path.Combine(directory, "nope.csv"), "--db", Db)).Exit);
        await ImportAllAsync();
        var timeline = await Run("timeline", "Nobody Inc", "--db", Db);
        Assert.Equal(ExitCodes.BadInput, timeline.Exit);
        Assert.Contains("Nobody Inc", timeline.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, (await Run("summary", "--quarter", "2026-Q1", "--company", "Nobody Inc", "--db", Db)).Exit);
    }

    [Theory]
    [InlineData("summary", "--format", "json")]
    [InlineData("summary", "--quarter", "2026-Q5")]
    [InlineData("summary", "--quarter", "2026-Q1", "--format", "docx")]
    [InlineData("summary", "--quarter", "2026-Q1", "--format", "xlsx")]
    [InlineData("timeline")]
    [InlineData("no-such-command")]
    [InlineData("import-csv")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, error) = await Run([.. args, "--db", Path.Combine(Path.GetTempPath(), "talentwatch-never-created", "x.db")]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Generate_writes_three_importable_files_with_aliases_duplicates_and_founders()
    {
        var outDir = Path.Combine(directory, "generated");

        var generate = await Run("generate", "--companies", "20", "--departures", "500", "--seed", "3", "--out", outDir);
        var import = await Run("import-csv", Path.Combine(outDir, "companies.csv"), Path.Combine(outDir, "headcounts.csv"), Path.Combine(outDir, "departures.csv"), "--db", Db);

        Assert.Equal(0, generate.Exit);
        Assert.True(import.Exit == 0, import.Error);
        Assert.Contains("departures.csv: imported 500 departures rows", import.Out, StringComparison.Ordinal);
        var departures = await File.ReadAllLinesAsync(Path.Combine(outDir, "departures.csv"));
        Assert.Contains(departures, l => l.Contains(",true,", StringComparison.Ordinal));
        Assert.Contains(departures, l => l.Split(',')[3].Length == 7); // month precision reports
        Assert.Contains(await File.ReadAllLinesAsync(Path.Combine(outDir, "companies.csv")), l => l.Split(',')[1].Length > 0); // aliases
        var again = await Run("generate", "--companies", "20", "--departures", "500", "--seed", "3", "--out", Path.Combine(directory, "again"));
        Assert.Equal(0, again.Exit);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(outDir, "departures.csv")), await File.ReadAllTextAsync(Path.Combine(directory, "again", "departures.csv")));
    }

    [Fact]
    public async Task Generated_founder_departures_never_exceed_the_founding_team_even_with_boomerangs()
    {
        var outDir = Path.Combine(directory, "generated");

        // Large enough for many founder departures and boomerangs (0.5% of rows) at the most-left companies, and for
        // names that share a first word (Zenara Labs, Zenara AI): an alias shared by two companies would merge them.
        var generate = await Run("generate", "--companies", "400", "--departures", "20000", "--seed", "7", "--until", "2026-11-29", "--out", outDir);
        var import = await Run("import-csv", Path.Combine(outDir, "companies.csv"), Path.Combine(outDir, "departures.csv"), "--db", Db);

        Assert.Equal(0, generate.Exit);
        Assert.True(import.Exit == 0, import.Error);
        await using var connection = new SqliteConnection($"Data Source={Db}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.Name, c.FoundingTeamSize, COUNT(DISTINCT d.PersonId) + SUM(d.PersonId IS NULL), COUNT(*)
            FROM Departures d JOIN Companies c ON c.Id = d.CompanyId
            WHERE d.Founder = 1 AND c.FoundingTeamSize IS NOT NULL
            GROUP BY c.Id
            """;
        var companies = new List<(string Name, int Size, int Founders, int Departures)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                companies.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
            }
        }

        Assert.NotEmpty(companies);
        Assert.All(companies, c => Assert.True(c.Founders <= c.Size, $"{c.Name}: {c.Founders} distinct founders departed of a team of {c.Size}"));
        Assert.Contains(companies, c => c.Departures > c.Founders); // some founders left more than once
    }

    [Fact]
    public async Task Generated_dates_end_at_until_and_default_to_today()
    {
        var until = new DateOnly(2025, 5, 20);
        var fixedDir = Path.Combine(directory, "until");
        var todayDir = Path.Combine(directory, "today");

        var first = await Run("generate", "--companies", "30", "--departures", "20000", "--seed", "5", "--until", "2025-05-20", "--out", fixedDir);
        var byDefault = await Run("generate", "--companies", "30", "--departures", "20000", "--seed", "5", "--out", todayDir);
        var again = await Run("generate", "--companies", "30", "--departures", "20000", "--seed", "5", "--until", "2025-05-20", "--out", Path.Combine(directory, "again"));

        Assert.Equal(0, first.Exit);
        Assert.Equal(0, byDefault.Exit);
        Assert.Equal(0, again.Exit);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(until, LatestDay(fixedDir));
        Assert.True(LatestDay(todayDir) <= today, $"a generated date after today ({today})");
        Assert.True(LatestDay(todayDir) >= today.AddDays(-30), "the default range should reach up to about today");
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(fixedDir, "departures.csv")), await File.ReadAllTextAsync(Path.Combine(directory, "again", "departures.csv")));
    }

    /// <summary>The latest day any generated departure date or headcount snapshot may stand for (the start of a vaguer date).</summary>
    private static DateOnly LatestDay(string generated)
    {
        var dates = File.ReadLines(Path.Combine(generated, "departures.csv")).Skip(1).Select(l => l.Split(',')[3])
            .Where(d => d.Length > 0).Select(d => TalentWatch.Core.Dates.PrecisionDate.Parse(d).Interval!.Value.Start)
            .Concat(File.ReadLines(Path.Combine(generated, "headcounts.csv")).Skip(1)
                .Select(l => DateOnly.ParseExact(l.Split(',')[1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return dates.Max();
    }
}
