using Microsoft.Data.Sqlite;
using TalentWatch.Cli.Hosting;

namespace TalentWatch.Cli.Tests.Backup;

/// <summary><c>export-data</c> / <c>import-data</c> through the command line, in-process against real SQLite files.</summary>
public sealed class DataCommandTests : IDisposable
{
    private const string Departures = """
        person,from,to,date,role,founder,source_url
        Ana Kowalska,Veritas AI,Meta,2026-01-15,CTO,true,https://news.example/1
        ana kowalska,Veritas AI,,2026-01,,,https://news.example/2
        ,Veritas AI,,2026,Co-founder,true,https://news.example/3
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("talentwatch-data-cli-tests-").FullName;

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

    private string PathOf(string name) => Path.Combine(directory, name);

    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await TalentWatchCommandLine.InvokeAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Export_then_import_into_a_new_store_then_export_again_gives_the_same_file()
    {
        await File.WriteAllTextAsync(PathOf("departures.csv"), Departures.ReplaceLineEndings("\n"));
        Assert.Equal(0, (await Run("import-csv", PathOf("departures.csv"), "--db", PathOf("a.db"))).Exit);

        var export = await Run("export-data", PathOf("out/data.json"), "--db", PathOf("a.db"));
        var import = await Run("import-data", PathOf("out/data.json"), "--db", PathOf("b.db"));
        var again = await Run("export-data", PathOf("again.json"), "--db", PathOf("b.db"));

        Assert.True(export.Exit == ExitCodes.Success, export.Error);
        Assert.Equal("data.json: exported 2 companies, 2 companyAliases, 0 headcounts, 1 people, 1 personAliases, 0 articles, 0 claims, 2 departures, 3 departureSources, 1 importedFiles, 0 possibleDepartureDismissals, 0 changes", export.Out.Trim());
        Assert.True(import.Exit == ExitCodes.Success, import.Error);
        Assert.StartsWith("data.json: imported 2 companies", import.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, again.Exit);
        Assert.Equal(await File.ReadAllBytesAsync(PathOf("out/data.json")), await File.ReadAllBytesAsync(PathOf("again.json")));
        Assert.False(File.Exists(PathOf("out/data.json.partial")));
    }

    [Fact]
    public async Task Import_data_into_a_store_with_data_exits_1_and_says_why()
    {
        await File.WriteAllTextAsync(PathOf("departures.csv"), Departures.ReplaceLineEndings("\n"));
        Assert.Equal(0, (await Run("import-csv", PathOf("departures.csv"), "--db", PathOf("a.db"))).Exit);
        Assert.Equal(0, (await Run("export-data", PathOf("data.json"), "--db", PathOf("a.db"))).Exit);

        var result = await Run("import-data", PathOf("data.json"), "--db", PathOf("a.db"));

        Assert.Equal(ExitCodes.BadInput, result.Exit);
        Assert.Contains("data.json: the store is not empty", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing imported", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_data_of_a_missing_or_foreign_file_exits_1()
    {
        await File.WriteAllTextAsync(PathOf("other.json"), "{\"format\": \"something\", \"formatVersion\": 1}");

        var missing = await Run("import-data", PathOf("nope.json"), "--db", PathOf("a.db"));
        var foreign = await Run("import-data", PathOf("other.json"), "--db", PathOf("a.db"));
        var usage = await Run("import-data", "--db", PathOf("a.db"));

        Assert.Equal(ExitCodes.BadInput, missing.Exit);
        Assert.Contains("nope.json: no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, foreign.Exit);
        Assert.Contains("not a TalentWatch data file", foreign.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, usage.Exit);
    }
}
