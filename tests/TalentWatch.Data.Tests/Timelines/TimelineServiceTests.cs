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
