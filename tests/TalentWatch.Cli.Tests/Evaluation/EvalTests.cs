using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Cli.Hosting;
using TalentWatch.Core.History;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Store;
using TalentWatch.Extraction;

namespace TalentWatch.Cli.Tests.Evaluation;

/// <summary>
/// <c>eval</c> on invented articles and gold, and the round trip: a store whose articles were reviewed, exported with
/// <c>eval export</c> and scored with <c>eval</c>, gives F1 1.000 when the team kept what the extractor found and the right
/// lower figures after an editor's corrections.
/// </summary>
public sealed class EvalTests : IDisposable
{
    private const string Veritas = """
        ---
        title: "Veritas AI loses its research chief to Meta"
        source: "Tech Weekly"
        url: https://news.example/veritas-research-chief
        published: 2026-03-12
        language: en
        ---
        Veritas AI confirmed on Tuesday that its head of research, Lena Marsh, has left the company to join Meta.

        Marsh co-founded Veritas AI in 2022. Data lead Omar Haddad cleared his desk on Friday as well. A spokesperson said the start-up would name a successor soon.
        """;

    private const string Aurora = """
        ---
        title: "Two departures at Aurora Labs"
        source: "Tech Weekly"
        url: https://news.example/aurora-two
        published: 2026-02-20
        language: en
        ---
        Aurora Labs engineer Tomas Brandt has left the company for Google DeepMind, he wrote on LinkedIn.

        In January, Priya Natarajan, the chief technology officer of Aurora Labs, resigned to join OpenAI.
        """;

    private const string Noordlicht = """
        ---
        title: "Noordlicht AI verliest medeoprichter"
        source: "Tech Dagblad"
        url: https://news.example/noordlicht
        published: 2026-01-15
        language: nl
        ---
        Joris Veldman, medeoprichter van Noordlicht AI, vertrekt naar Anthropic, zo bevestigde het bedrijf donderdag.
        """;

    // What an analyst records: the extractor's four plus Omar Haddad (no cue it knows), and Veritas under another name.
    private const string Gold = """
        {
          "aliases": {"Veritas AI": ["Veritas"]},
          "articles": {
            "001-veritas.md": {"departures": [
              {"person": "Lena Marsh", "from": "Veritas", "to": "Meta", "date": "2026-03", "founder": true},
              {"person": "Omar Haddad", "from": "Veritas AI", "to": null, "date": "2026-03", "founder": false}
            ], "claims": []},
            "002-aurora.md": {"departures": [
              {"person": "Tomas Brandt", "from": "Aurora Labs", "to": "Google DeepMind", "date": "2026-02", "founder": false},
              {"person": "Priya Natarajan", "from": "Aurora Labs", "to": "OpenAI", "date": "2026-02", "founder": false}
            ], "claims": []},
            "003-noordlicht.md": {"departures": [
              {"person": "Joris Veldman", "from": "Noordlicht AI", "to": "Anthropic", "date": "2026-01", "founder": true}
            ], "claims": []}
          }
        }
        """;

    private static readonly Actor Editor = Actor.Named("user-edith", "Edith Editor");

    private readonly string directory = Directory.CreateTempSubdirectory("talentwatch-eval-tests-").FullName;

    public EvalTests()
    {
        Directory.CreateDirectory(Articles);
        Write(Path.Combine(Articles, "001-veritas.md"), Veritas);
        Write(Path.Combine(Articles, "002-aurora.md"), Aurora);
        Write(Path.Combine(Articles, "003-noordlicht.md"), Noordlicht);
        Write(GoldFile, Gold);
    }

    private string Articles => Path.Combine(directory, "articles");

    private string GoldFile => Path.Combine(directory, "gold.json");

    private string Db => Path.Combine(directory, "store.db");

    private string Export => Path.Combine(directory, "export");

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

    [Fact]
    public async Task Eval_prints_the_scorers_figures_ending_with_the_summary_line()
    {
        var (exit, output, error) = await Run("eval", GoldFile, Articles);

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal(
        [
            "departures: gold 5, predicted 4, matched 4",
            "claims: gold 0, predicted 0, matched 0",
            "destination 1.000 (4/4), date 0.750 (3/4), founder 1.000 (4/4)",
            "precision 1.000 recall 0.800 F1 0.889 destination 1.000 date 0.750",
        ], Lines(output));
    }

    [Fact]
    public async Task Verbose_lists_misses_and_wrong_dates_first_and_files_may_be_named_one_by_one()
    {
        var (exit, output, _) = await Run("eval", GoldFile, Path.Combine(Articles, "002-aurora.md"), Path.Combine(Articles, "001-veritas.md"), "--verbose");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(
        [
            "001-veritas.md: missed Omar Haddad | Veritas AI -> None",
            "002-aurora.md: date of Priya Natarajan: got 2026-01, want 2026-02",
            "003-noordlicht.md: missed Joris Veldman | Noordlicht AI -> Anthropic",
            "departures: gold 5, predicted 3, matched 3",
            "claims: gold 0, predicted 0, matched 0",
            "destination 1.000 (3/3), date 0.667 (2/3), founder 1.000 (3/3)",
            "precision 1.000 recall 0.600 F1 0.750 destination 1.000 date 0.667",
        ], Lines(output));
    }

    [Fact]
    public async Task Calibration_prints_a_band_table_before_the_figures()
    {
        var (exit, output, error) = await Run("eval", GoldFile, Articles, "--calibration");

        Assert.True(exit == ExitCodes.Success, error);
        var lines = Lines(output);
        Assert.Equal("confidence   predicted  matched  precision", lines[0]);
        var bands = lines[1..5].Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["0.00-0.50", "0.50-0.70", "0.70-0.85", "0.85-1.00"], bands.Select(b => b[0]));
        Assert.Equal((4, 4), (bands.Sum(b => int.Parse(b[1], System.Globalization.CultureInfo.InvariantCulture)), bands.Sum(b => int.Parse(b[2], System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal("departures: gold 5, predicted 4, matched 4", lines[^4]);
        Assert.Equal("precision 1.000 recall 0.800 F1 0.889 destination 1.000 date 0.750", lines[^1]);
    }

    [Theory]
    [InlineData(ExitCodes.Usage, "no GOLD.json", "eval")]
    [InlineData(ExitCodes.Usage, "no article FILE or DIR", "eval", "{gold}")]
    [InlineData(ExitCodes.BadInput, "missing.json: no such file", "eval", "{dir}/missing.json", "{articles}")]
    [InlineData(ExitCodes.BadInput, "nope: no such file or directory", "eval", "{gold}", "nope")]
    [InlineData(ExitCodes.BadInput, "bad.json:1: not valid JSON", "eval", "{dir}/bad.json", "{articles}")]
    [InlineData(ExitCodes.Usage, "--out DIR is required", "eval", "export")]
    public async Task Bad_input_is_named_with_the_usage_or_bad_input_exit_code(int expectedExit, string expectedError, params string[] args)
    {
        Write(Path.Combine(directory, "bad.json"), "{\"articles\": ");
        var resolved = args.Select(a => a.Replace("{gold}", GoldFile, StringComparison.Ordinal).Replace("{dir}", directory, StringComparison.Ordinal)
            .Replace("{articles}", Articles, StringComparison.Ordinal)).ToArray();

        var (exit, output, error) = await Run(resolved);

        Assert.Equal(expectedExit, exit);
        Assert.Contains(expectedError, error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task A_store_reviewed_as_extracted_exports_a_gold_that_scores_f1_1()
    {
        await ImportAsync();
        IDbContextFactory<TalentWatchDbContext> factory = new FileContextFactory(Db);
        var departures = new DepartureEditor(factory);
        await using (var db = await factory.CreateDbContextAsync())
        {
            foreach (var departure in await db.Departures.ToListAsync())
            {
                Assert.True((await departures.AcceptAsync(departure.Id, departure.Version, Editor)).Succeeded);
            }
        }

        await MarkAllReviewedAsync(factory);

        var exported = await Run("eval", "export", "--out", Export, "--db", Db);

        Assert.True(exported.Exit == ExitCodes.Success, exported.Error);
        Assert.Contains("exported 3 reviewed article(s) with 4 departure(s) and 0 claim(s)", exported.Out, StringComparison.Ordinal);
        Assert.Equal(4, Directory.EnumerateFiles(Export).Count());
        var aurora = await File.ReadAllTextAsync(Directory.EnumerateFiles(Export, "*aurora*").Single());
        Assert.StartsWith("---\ntitle: \"Two departures at Aurora Labs\"\nsource: \"Tech Weekly\"\nurl: \"https://news.example/aurora-two\"\npublished: 2026-02-20\nlanguage: \"en\"\n---\nAurora Labs engineer", aurora, StringComparison.Ordinal);
        using (var gold = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Export, "gold.json"))))
        {
            var lena = gold.RootElement.GetProperty("articles").EnumerateObject().Single(a => a.Name.Contains("veritas", StringComparison.Ordinal))
                .Value.GetProperty("departures")[0];
            Assert.Equal(("Lena Marsh", "Veritas AI", "Meta", "2026-03", true), (lena.GetProperty("person").GetString(), lena.GetProperty("from").GetString(),
                lena.GetProperty("to").GetString(), lena.GetProperty("date").GetString(), lena.GetProperty("founder").GetBoolean()));
            Assert.StartsWith("Veritas AI confirmed on Tuesday", lena.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        }

        var scored = await Run("eval", Path.Combine(Export, "gold.json"), Export);

        Assert.True(scored.Exit == ExitCodes.Success, scored.Error);
        Assert.Equal("precision 1.000 recall 1.000 F1 1.000 destination 1.000 date 1.000", Lines(scored.Out)[^1]);
    }

    [Fact]
    public async Task An_editors_corrections_give_the_right_lower_figures()
    {
        await ImportAsync();
        IDbContextFactory<TalentWatchDbContext> factory = new FileContextFactory(Db);
        var departures = new DepartureEditor(factory);
        await using (var db = await factory.CreateDbContextAsync())
        {
            foreach (var departure in await db.Departures.Include(d => d.Person).ToListAsync())
            {
                var result = departure.Person!.Name switch
                {
                    // Not a departure in the team's reading: rejected, so the extractor's report of it is an extra.
                    "Tomas Brandt" => await departures.RejectAsync(departure.Id, departure.Version, Editor),

                    // The wrong destination, corrected: a matched pair with a wrong destination.
                    "Priya Natarajan" => await departures.EditAsync(departure.Id, departure.Version,
                        new DepartureFields("Priya Natarajan", "Aurora Labs", "Anthropic", "2026-01", "chief technology officer", false), Editor),
                    _ => await departures.AcceptAsync(departure.Id, departure.Version, Editor),
                };
                Assert.True(result.Succeeded, result.Message);
                if (departure.Person.Name == "Priya Natarajan")
                {
                    Assert.True((await departures.AcceptAsync(departure.Id, departure.Version + 1, Editor)).Succeeded);
                }
            }

            // Missed by the extractor, added by hand from its sentence: a miss.
            var veritas = await db.Articles.SingleAsync(a => a.Title!.StartsWith("Veritas"));
            var sentence = "Data lead Omar Haddad cleared his desk on Friday as well.";
            var added = await new ArticleReviewEditor(factory).AddDepartureAsync(veritas.Id,
                new DepartureFields("Omar Haddad", "Veritas AI", null, "2026-03", "Data lead", false),
                [new TextSpan(veritas.Text.IndexOf(sentence, StringComparison.Ordinal), sentence.Length)], Editor);
            Assert.True(added.Succeeded, added.Result.Message);
            Assert.Equal(ChangeActions.AddedFromArticle, (await db.Changes.OrderBy(c => c.Id).LastAsync()).Action);
        }

        await MarkAllReviewedAsync(factory);
        Assert.Equal(ExitCodes.Success, (await Run("eval", "export", "--out", Export, "--db", Db)).Exit);

        var (exit, output, error) = await Run("eval", Path.Combine(Export, "gold.json"), Export, "--verbose");

        // Gold: Lena, Priya (to Anthropic), Joris, Omar; predicted: Lena, Tomas, Priya (to OpenAI), Joris.
        Assert.True(exit == ExitCodes.Success, error);
        var lines = Lines(output);
        Assert.Contains(lines, l => l.EndsWith("missed Omar Haddad | Veritas AI -> None", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("extra Tomas Brandt | Aurora Labs -> Google DeepMind", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("destination of Priya Natarajan: got OpenAI, want Anthropic", StringComparison.Ordinal));
        Assert.Equal("departures: gold 4, predicted 4, matched 3", lines[^4]);
        Assert.Equal("precision 0.750 recall 0.750 F1 0.750 destination 0.667 date 1.000", lines[^1]);
    }

    private async Task ImportAsync()
    {
        var imported = await Run("import", Articles, "--db", Db);
        Assert.True(imported.Exit == ExitCodes.Success, imported.Error);
        Assert.Contains("3 article(s) imported", imported.Out, StringComparison.Ordinal);
    }

    private static async Task MarkAllReviewedAsync(IDbContextFactory<TalentWatchDbContext> factory)
    {
        var review = new ArticleReviewEditor(factory);
        await using var db = await factory.CreateDbContextAsync();
        foreach (var id in await db.Articles.Select(a => a.Id).ToListAsync())
        {
            var marked = await review.MarkReviewedAsync(id, Editor);
            Assert.True(marked.Succeeded, marked.Message);
        }
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    private static void Write(string path, string content) => File.WriteAllText(path, content.ReplaceLineEndings("\n"));

    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await TalentWatchCommandLine.InvokeAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private sealed class FileContextFactory(string path) : IDbContextFactory<TalentWatchDbContext>
    {
        public TalentWatchDbContext CreateDbContext() =>
            new(StoreRegistration.OptionsFor(new StoreLocation(StoreProvider.Sqlite, StoreRegistration.ForFile(path))));
    }
}
