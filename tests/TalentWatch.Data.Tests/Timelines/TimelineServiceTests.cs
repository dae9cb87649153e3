using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Timelines;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Timelines;

public sealed class TimelineServiceSqliteTests() : TimelineServiceTests(StoreProvider.Sqlite);

public sealed class TimelineServicePostgresTests() : TimelineServiceTests(StoreProvider.Postgres);

/// <summary>Runs on both providers (the two classes above).</summary>
public abstract class TimelineServiceTests(StoreProvider provider) : IDisposable
{
    private readonly TestStore store = new(provider);

    public void Dispose()
    {
        store.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<TimelineService> ImportedAsync()
    {
        var importer = new CsvImporter(store.Factory);
        foreach (var (name, content) in new[] { ("companies.csv", Fixtures.Companies), ("departures.csv", Fixtures.Departures) })
        {
            Assert.True((await importer.ImportFileAsync(store.WriteFile(name, content))).Succeeded);
        }

        return new TimelineService(store.Factory, new FixedClock(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Departures_come_in_date_order_with_their_sources()
    {
        var service = await ImportedAsync();

        var timeline = await service.GetAsync("veritas-ai");

        Assert.NotNull(timeline);
        Assert.Equal("Veritas AI", timeline.Company.Name);
        Assert.Equal(["2024-05-01", "2025-11-03", "2026", "2026-01-15", "2026-02", "2026-03-30"], timeline.Departures.Select(d => d.Date));
        var ana = timeline.Departures.Single(d => d.Person?.Name == "Ana Kowalska");
        Assert.Equal(["departures.csv:2", "departures.csv:3"], ana.Sources.Select(s => s.Evidence));
        Assert.Equal("Meta Platforms", ana.Destination!.Name);
        Assert.True(ana.Founder);
        Assert.Null(timeline.Departures.Single(d => d.Date == "2025-11-03").Person);
    }

    [Fact]
    public async Task A_departures_sources_come_in_the_order_stored_with_their_articles_and_no_other_departures_sources()
    {
        var service = await ImportedAsync();
        int anaId;
        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            anaId = db.Departures.Single(d => d.Person!.Name == "Ana Kowalska").Id;
            var article = new Core.Articles.Article
            {
                Title = "Ana Kowalska leaves Veritas",
                Url = "https://news.example/ana",
                Language = "en",
                Text = "Ana Kowalska left Veritas AI for Meta.",
                ContentHash = new string('a', 64),
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            var eve = db.Departures.Single(d => d.Person!.Name == "Eve Stone").Id; // Aurora Labs: not in Veritas AI's timeline
            db.DepartureSources.AddRange(
                new Core.Departures.DepartureSource { DepartureId = anaId, ArticleId = article.Id, Evidence = "Ana Kowalska left Veritas AI for Meta." },
                new Core.Departures.DepartureSource { DepartureId = eve, ArticleId = article.Id, Evidence = "Eve Stone left." });
            await db.SaveChangesAsync();
        }

        var timeline = await service.GetAsync("Veritas AI");

        var ana = timeline!.Departures.Single(d => d.Id == anaId);
        Assert.Equal(
            [
                new Core.Timelines.TimelineSource("https://news.example/1", "departures.csv:2", null, null, null),
                new Core.Timelines.TimelineSource("https://news.example/2", "departures.csv:3", null, null, null),
                new Core.Timelines.TimelineSource(null, "Ana Kowalska left Veritas AI for Meta.", ana.Sources[2].ArticleId, "Ana Kowalska leaves Veritas", "https://news.example/ana"),
            ],
            ana.Sources);
        Assert.NotNull(ana.Sources[2].ArticleId);
        Assert.Equal(8, timeline.Departures.Sum(d => d.Sources.Count)); // the file's seven rows about Veritas AI and the article
        Assert.All(timeline.Departures.Where(d => d.Id != anaId), d => Assert.Single(d.Sources));
    }

    [Fact]
    public async Task Filter_by_destination_employer_name_alias_or_slug()
    {
        var service = await ImportedAsync();

        var toMeta = await service.GetAsync("Veritas AI", "meta");
        var toNorthwind = await service.GetAsync("VERITAS", "northwind-research");

        Assert.Equal(["Dara Obi", "Chen Wei", "Ana Kowalska"], toMeta!.Departures.Select(d => d.Person!.Name));
        Assert.Equal("Meta Platforms", toMeta.DestinationFilter!.Name);
        Assert.Equal(["Bram Dekker", "Dara Obi"], toNorthwind!.Departures.Select(d => d.Person!.Name));
        Assert.Empty((await service.GetAsync("Veritas AI", "Nobody Inc"))!.Departures);
        Assert.Null(await service.GetAsync("Nobody Inc"));
    }

    [Fact]
    public async Task Founding_team_attrition_runs_quarterly_from_the_founding()
    {
        var service = await ImportedAsync();

        var timeline = await service.GetAsync("Veritas AI");

        var series = timeline!.FoundingTeamAttrition;
        Assert.Equal("2022-Q1", series[0].Quarter);
        Assert.Equal("2026-Q2", series[^1].Quarter);
        var byQuarter = series.ToDictionary(p => p.Quarter);
        Assert.Equal(0, byQuarter["2024-Q1"].FoundersDepartedToDate);
        Assert.Equal(1, byQuarter["2024-Q2"].FoundersDepartedToDate);
        Assert.Equal(0.25m, byQuarter["2024-Q2"].Attrition);
        Assert.Equal(2, byQuarter["2025-Q4"].FoundersDepartedToDate);
        Assert.Equal(3, byQuarter["2026-Q1"].FoundersDepartedToDate);
        Assert.Equal(0.75m, byQuarter["2026-Q1"].Attrition);
    }

    [Fact]
    public async Task Destinations_are_counted_with_unknown_last_among_equals()
    {
        var service = await ImportedAsync();

        var timeline = await service.GetAsync("Veritas AI");

        Assert.Equal([("Meta Platforms", 3), ("Northwind Research", 2), (null, 1)], timeline!.Destinations.Select(d => (d.Employer, d.Departures)));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
