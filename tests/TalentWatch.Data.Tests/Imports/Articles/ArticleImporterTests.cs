using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Imports.Articles;
using TalentWatch.Data.Store;
using TalentWatch.Extraction;

namespace TalentWatch.Data.Tests.Imports.Articles;

public sealed class ArticleImporterSqliteTests() : ArticleImporterTests(StoreProvider.Sqlite);

public sealed class ArticleImporterPostgresTests() : ArticleImporterTests(StoreProvider.Postgres);

/// <summary>Articles into a real store (both providers): extraction, resolution, merging, deduplication, transactions.</summary>
public abstract class ArticleImporterTests(StoreProvider provider) : IAsyncLifetime
{
    private const string EnglishArticle = """
        ---
        title: "Veldspar AI loses its co-founder to OpenAI"
        source: "Test Wire"
        url: https://example.test/veldspar
        published: 2026-03-12
        language: en
        ---
        Veldspar AI co-founder Jonas Ekdahl has left the company to join OpenAI, the start-up confirmed.

        Ekdahl co-founded Veldspar in 2023 and led its research team. Two of the five founders have now left.
        """;

    private const string LaterReport = """
        ---
        title: "Ekdahl starts at OpenAI"
        published: 2026-04-02
        language: en
        ---
        Jonas Ekdahl, a co-founder of Veldspar AI, left Veldspar AI on 9 March to join OpenAI.
        """;

    private TestStore store = null!;
    private string directory = null!;
    private IDbContextFactory<TalentWatchDbContext> factory = null!;
    private ArticleImporter importer = null!;

    public async Task InitializeAsync()
    {
        store = await Task.Run(() => new TestStore(provider));
        directory = store.Directory;
        factory = new PooledDbContextFactory<TalentWatchDbContext>(StoreRegistration.OptionsFor(store.Location));
        importer = new ArticleImporter(factory, new DepartureExtractor(), TimeProvider.System);
    }

    public Task DisposeAsync()
    {
        store.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_article_brings_its_departure_with_resolved_names_evidence_and_claim()
    {
        var result = await importer.ImportFileAsync(Write("veldspar.md", EnglishArticle), accept: false);

        Assert.Equal(ArticleImportOutcome.Imported, result.Outcome);
        Assert.Equal(1, result.DeparturesAdded);
        await using var db = await factory.CreateDbContextAsync();
        var departure = await db.Departures.Include(d => d.Person).Include(d => d.Company).Include(d => d.Destination).Include(d => d.Sources).SingleAsync();
        Assert.Equal("Jonas Ekdahl", departure.Person!.Name);
        Assert.Equal("Veldspar AI", departure.Company!.Name);
        Assert.Equal("OpenAI", departure.Destination!.Name);
        Assert.Equal("2026-03", departure.DateText);
        Assert.True(departure.Founder);
        Assert.Equal(DepartureStatus.Extracted, departure.Status);

        var source = Assert.Single(departure.Sources);
        var article = await db.Articles.SingleAsync();
        Assert.Equal(source.Evidence, article.Text.Substring(source.EvidenceStart!.Value, source.EvidenceLength!.Value));
        Assert.Contains("Jonas Ekdahl", source.Evidence, StringComparison.Ordinal);

        var claim = await db.Claims.Include(c => c.Company).SingleAsync();
        Assert.Equal("Veldspar AI", claim.Company!.Name);
        Assert.Equal(0.4m, claim.Value);
    }

    [Fact]
    public async Task A_person_stored_without_a_nickname_is_found_by_an_article_that_writes_one()
    {
        const string plain = """
            ---
            title: "Wu leaves Veldspar AI"
            published: 2026-02-10
            language: en
            ---
            Veldspar AI co-founder Yuhuai Wu has left the company.
            """;
        const string withNickname = """
            ---
            title: "Wu joins Kestrel"
            published: 2026-05-10
            language: en
            ---
            Yuhuai “Tony” Wu has left Aurora Labs to join Kestrel Robotics.
            """;

        await importer.ImportFileAsync(Write("plain.md", plain), accept: false);
        await importer.ImportFileAsync(Write("nickname.md", withNickname), accept: false);

        await using var db = await factory.CreateDbContextAsync();
        var person = Assert.Single(await db.People.ToListAsync());
        Assert.Equal("Yuhuai Wu", person.Name);
        Assert.Equal(2, await db.Departures.CountAsync(d => d.PersonId == person.Id));
    }

    /// <summary>Issue 13: the extractor drops "left X for X"; an alias only the store knows is caught by the import, and said.</summary>
    [Fact]
    public async Task A_move_between_two_names_of_one_stored_company_is_not_stored_and_is_reported()
    {
        await using (var seed = await factory.CreateDbContextAsync())
        {
            var halcyon = TalentWatch.Core.Companies.Company.Named("Halcyon Systems");
            halcyon.Aliases.Add(new TalentWatch.Core.Companies.CompanyAlias { Name = "Halcyon Labs", Key = TalentWatch.Core.Names.NameKey.For("Halcyon Labs") });
            seed.Companies.Add(halcyon);
            await seed.SaveChangesAsync();
        }

        const string text = "Ana Vos left Halcyon Labs for Halcyon Systems. Bo Lind left Halcyon Systems for OpenAI.";
        var document = ArticleReader.Parse("halcyon.txt", text);
        var extraction = new ExtractionResult(document, true,
        [
            new ExtractedDeparture("Ana Vos", "Halcyon Labs", "Halcyon Systems", "2026-01", null, null, "Ana Vos left Halcyon Labs for Halcyon Systems.", [], 1.0),
            new ExtractedDeparture("Bo Lind", "Halcyon Systems", "OpenAI", "2026-01", null, null, "Bo Lind left Halcyon Systems for OpenAI.", [], 1.0),
        ], [], []);

        var flagged = await importer.SameCompanyMovesAsync(extraction);
        var result = await importer.ImportAsync(extraction, accept: true);

        Assert.Equal([0], flagged.Keys);
        Assert.Contains("left 'Halcyon Labs' for 'Halcyon Systems': both name the same company", flagged[0], StringComparison.Ordinal);
        Assert.Equal(1, result.DeparturesAdded);
        Assert.Equal(flagged[0], Assert.Single(result.NotMoves!));
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal("Bo Lind", (await db.Departures.Include(d => d.Person).SingleAsync()).Person!.Name);
        Assert.False(await db.People.AnyAsync(p => p.Name == "Ana Vos"));
    }

    [Fact]
    public async Task The_same_text_imported_twice_is_one_article()
    {
        var path = Write("veldspar.md", EnglishArticle);
        await importer.ImportFileAsync(path, accept: false);

        var again = await importer.ImportFileAsync(Write("copy-of-veldspar.md", EnglishArticle), accept: true);

        Assert.Equal(ArticleImportOutcome.Duplicate, again.Outcome);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(1, await db.DepartureSources.CountAsync());
        Assert.Equal(DepartureStatus.Extracted, (await db.Departures.SingleAsync()).Status);
    }

    [Fact]
    public async Task Two_instances_importing_the_same_articles_at_once_store_each_once()
    {
        // Two web instances starting together both import the seeds: one stores each article, the other finds it stored.
        var first = Write("veldspar.md", EnglishArticle);
        var second = Write("later.md", LaterReport);
        var otherInstance = new ArticleImporter(factory, new DepartureExtractor(), TimeProvider.System);

        var results = await Task.WhenAll(
            Task.Run(async () => new[] { await importer.ImportFileAsync(first, accept: true), await importer.ImportFileAsync(second, accept: true) }),
            Task.Run(async () => new[] { await otherInstance.ImportFileAsync(first, accept: true), await otherInstance.ImportFileAsync(second, accept: true) }));

        var outcomes = results.SelectMany(r => r).Select(r => r.Outcome).Order().ToList();
        Assert.Equal([ArticleImportOutcome.Imported, ArticleImportOutcome.Imported, ArticleImportOutcome.Duplicate, ArticleImportOutcome.Duplicate], outcomes);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(2, await db.Articles.CountAsync());
        Assert.Equal(1, await db.Departures.CountAsync());
        Assert.Equal(2, await db.DepartureSources.CountAsync());
    }

    /// <summary>Issue 15, item 2: a candidate dated outside 1900 .. one year after today (DepartureDateRule) is ignored.</summary>
    [Theory]
    [InlineData("2026", 1)]
    [InlineData("2099", 0)]
    public async Task A_candidate_dated_beyond_next_year_is_ignored(string year, int added)
    {
        var result = await importer.ImportFileAsync(Write("dated.md", LaterReport.Replace("on 9 March", $"on 9 March {year}", StringComparison.Ordinal)), accept: true);

        Assert.Equal(added, result.DeparturesAdded);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(added, await db.Departures.CountAsync());
    }

    [Fact]
    public async Task A_second_report_of_the_same_departure_merges_keeping_the_more_precise_date_and_both_sources()
    {
        await importer.ImportFileAsync(Write("first.md", EnglishArticle), accept: false);

        var second = await importer.ImportFileAsync(Write("second.md", LaterReport), accept: true);

        Assert.Equal(1, second.DeparturesMerged);
        Assert.Equal(0, second.DeparturesAdded);
        await using var db = await factory.CreateDbContextAsync();
        var departure = await db.Departures.Include(d => d.Sources).SingleAsync();
        Assert.Equal("2026-03-09", departure.DateText);
        Assert.Equal(2, departure.Sources.Count);
        Assert.Equal(DepartureStatus.Accepted, departure.Status);
        Assert.Equal(1, await db.People.CountAsync());
    }

    [Fact]
    public async Task A_bad_file_is_reported_by_name_and_stores_nothing()
    {
        await importer.ImportFileAsync(Write("good.md", EnglishArticle), accept: false);

        var result = await importer.ImportFileAsync(Write("empty.md", string.Empty), accept: false);

        Assert.Equal(ArticleImportOutcome.Failed, result.Outcome);
        Assert.Contains("empty.md", result.Error, StringComparison.Ordinal);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(1, await db.Departures.CountAsync());
    }

    [Fact]
    public async Task An_article_in_another_language_is_stored_as_text_without_departures()
    {
        var german = """
            ---
            title: "Mitgründerin verlässt Start-up"
            published: 2026-02-01
            language: de
            ---
            Die Mitgründerin Anna Vogel hat das Start-up Bergwerk AI verlassen und wechselt zu Google.
            """;

        var result = await importer.ImportFileAsync(Write("de.md", german), accept: true);

        Assert.Equal(ArticleImportOutcome.LanguageNotSupported, result.Outcome);
        await using var db = await factory.CreateDbContextAsync();
        var article = await db.Articles.SingleAsync();
        Assert.False(article.LanguageSupported);
        Assert.Equal(0, await db.Departures.CountAsync());
    }

    [Fact]
    public async Task The_seed_article_brings_thinking_machines_lab_barret_zoph_and_the_founding_team_claim()
    {
        var seeds = Path.Combine(RepositoryRoot(), "seeds");
        var seedImporter = new SeedImporter(importer, NullLogger<SeedImporter>.Instance);

        await seedImporter.ImportAsync(seeds);
        await seedImporter.ImportAsync(seeds);

        await using var db = await factory.CreateDbContextAsync();
        var departure = await db.Departures.Include(d => d.Person).Include(d => d.Company).Include(d => d.Sources).SingleAsync();
        Assert.Equal("Barret Zoph", departure.Person!.Name);
        Assert.Equal("Thinking Machines Lab", departure.Company!.Name);
        Assert.Equal(DepartureStatus.Accepted, departure.Status);
        Assert.Contains("Barret Zoph", Assert.Single(departure.Sources).Evidence, StringComparison.Ordinal);
        var claim = await db.Claims.SingleAsync();
        Assert.Equal("founding_team_departed_share", claim.Metric);
        Assert.Equal(0.3333m, claim.Value);
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
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

        throw new InvalidOperationException("The tests run inside the repository.");
    }

    [Fact]
    public async Task The_companies_a_store_has_accepted_type_the_names_of_the_next_article()
    {
        // "Emma Forge" starts with a given name: without the store it reads as a person, and the sentence gives nothing.
        const string Article = "---\npublished: 2026-05-04\nlanguage: en\n---\nKim Osei has left Emma Forge for Google.\n";
        var path = Path.Combine(directory, "osei.md");
        await File.WriteAllTextAsync(path, Article);
        var shippedOnly = new DepartureExtractor().Extract(ArticleReader.Read(path));
        Assert.DoesNotContain(shippedOnly.Departures, d => d.From == "Emma Forge");

        await using (var db = await factory.CreateDbContextAsync())
        {
            var company = TalentWatch.Core.Companies.Company.Named("Emma Forge");
            db.Companies.Add(company);
            await db.SaveChangesAsync();
            db.Departures.Add(new Departure
            {
                CompanyId = company.Id,
                Date = TalentWatch.Core.Dates.PrecisionDate.Parse("2026-01"),
                Status = DepartureStatus.Accepted,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var curated = new CuratedKnowledge(factory, new DepartureExtractor(), TimeProvider.System);
        var withStore = new ArticleImporter(factory, new DepartureExtractor(), TimeProvider.System, curated);
        var result = await withStore.ImportFileAsync(path, accept: false);

        Assert.Equal(ArticleImportOutcome.Imported, result.Outcome);
        await using var check = await factory.CreateDbContextAsync();
        var stored = await check.Departures.AsNoTracking().Include(d => d.Company).Include(d => d.Destination).Include(d => d.Person)
            .SingleAsync(d => d.Person != null && d.Person.Name == "Kim Osei");
        Assert.Equal("Emma Forge", stored.Company!.Name);
        Assert.Equal("Google", stored.Destination!.Name);
        curated.Dispose();
    }
}
