using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Departures;
using TalentWatch.Core.People;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>A store with Thinking Machines Lab (team of 12, a boomerang founder, an unnamed founder) and Bigco (123 departures, 3 undated).</summary>
public sealed class CompanyStore : IAsyncLifetime
{
    public TalentWatchApp App { get; } = new() { Seed = false };

    public CompanyQueries Queries => new(App.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>());

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        var factory = App.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var tml = Company.Named("Thinking Machines Lab");
        tml.FoundingTeamSize = 12;
        var bigco = Company.Named("Bigco");
        var meta = Company.Named("Meta");
        var openAi = Company.Named("OpenAI");
        db.Companies.AddRange(tml, bigco, meta, openAi);
        var people = new Dictionary<string, Person>();
        await db.SaveChangesAsync();

        void Add(string? person, Company from, Company? to, string? date, bool founder = false, DepartureStatus status = DepartureStatus.Accepted)
        {
            Person? who = null;
            if (person is not null && !people.TryGetValue(person, out who))
            {
                people[person] = who = Person.Named(person);
            }

            var departure = new Departure
            {
                Person = who,
                CompanyId = from.Id,
                DestinationId = to?.Id,
                Date = TalentWatch.Web.Features.Shared.Dates.Of(date),
                Founder = founder,
                Status = status,
                CreatedAt = DateTimeOffset.UnixEpoch,
                UpdatedAt = DateTimeOffset.UnixEpoch,
            };
            departure.Sources.Add(new DepartureSource { Url = "https://example.org/csv", Evidence = $"{person} left", AddedAt = DateTimeOffset.UnixEpoch });
            db.Departures.Add(departure);
        }

        Add("Andrew Tulloch", tml, meta, "2025-10", founder: true);
        Add("Andrew Tulloch", tml, meta, "2026-03-02", founder: true); // back and gone again: still one founder
        Add("Barret Zoph", tml, openAi, "2026-01-14");
        Add("Luke Metz", tml, openAi, "2026-01", founder: true);
        Add(null, tml, null, null, founder: true);
        Add("Sam Lee", tml, meta, "2026-Q1");
        Add("Rejected Person", tml, openAi, "2026-02", founder: true, status: DepartureStatus.Rejected);
        for (var i = 0; i < 120; i++)
        {
            Add($"Person {i}", bigco, meta, new DateOnly(2020, 1, 1).AddDays(i * 7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        for (var i = 0; i < 3; i++)
        {
            Add($"Undated {i}", bigco, null, null);
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The company page's SQL aggregates and paging (<see cref="CompanyQueries.DetailAsync"/>) over a real SQLite store.</summary>
public sealed class CompanyQueriesTests(CompanyStore store) : IClassFixture<CompanyStore>
{
    private async Task<CompanyTimeline> TimelineAsync(string slug, string? to = null, int page = 1) =>
        new(await store.Queries.DetailAsync(slug, to, page) ?? throw new InvalidOperationException(slug));

    [Fact]
    public async Task Destination_chips_are_by_count_then_name_with_unknown_last_over_accepted_departures()
    {
        var timeline = await TimelineAsync("thinking-machines-lab");

        Assert.Equal(["Meta", "OpenAI", "Unknown"], timeline.Destinations.Select(d => d.Name));
        Assert.Equal([3, 2, 1], timeline.Destinations.Select(d => d.Departures));
        Assert.Equal(6, timeline.Departures);
    }

    [Fact]
    public async Task To_filter_pages_only_that_destination_and_keeps_the_figures_of_all()
    {
        var timeline = await TimelineAsync("thinking-machines-lab", "openai");

        var rows = timeline.Groups().SelectMany(g => g.Departures).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, d => Assert.Equal("openai", d.DestinationSlug));
        Assert.False(timeline.UnknownFilter);
        Assert.Equal(3, timeline.FoundersDeparted);
    }

    [Fact]
    public async Task Unknown_to_filter_shows_nothing_and_says_so()
    {
        var timeline = await TimelineAsync("thinking-machines-lab", "google");

        Assert.True(timeline.UnknownFilter);
        Assert.Empty(timeline.Groups());
    }

    [Fact]
    public async Task Groups_are_years_newest_first_with_unknown_dates_last()
    {
        var groups = (await TimelineAsync("thinking-machines-lab")).Groups();

        Assert.Equal(["2026", "2025", "Date unknown"], groups.Select(g => g.Heading));
        Assert.Equal(["Andrew Tulloch", "Barret Zoph", "Sam Lee", "Luke Metz"], groups[0].Departures.Select(d => d.PersonName));
    }

    [Fact]
    public async Task Founders_counted_by_person_and_each_unnamed_founder_once_rejected_ignored()
    {
        var timeline = await TimelineAsync("thinking-machines-lab");

        Assert.Equal(3, timeline.FoundersDeparted); // Tulloch (twice), Metz, one unnamed
        Assert.Equal(0.25, timeline.FoundingTeamAttrition);
    }

    [Fact]
    public async Task Attrition_chart_is_cumulative_per_quarter_counting_a_founder_once()
    {
        var points = (await TimelineAsync("thinking-machines-lab")).AttritionOverQuarters();

        Assert.Equal(["2025-Q4", "2026-Q1"], points.Select(p => p.Quarter));
        Assert.Equal([1, 2], points.Select(p => p.FoundersDeparted));
        Assert.Equal(0.1667, points[1].Share);
    }

    [Fact]
    public async Task No_attrition_chart_without_a_founding_team_size()
    {
        var timeline = await TimelineAsync("bigco");

        Assert.Empty(timeline.AttritionOverQuarters());
        Assert.Null(timeline.FoundingTeamAttrition);
    }

    [Fact]
    public async Task A_long_timeline_is_paged_newest_first_undated_last_and_an_out_of_range_page_shows_the_last()
    {
        var first = await TimelineAsync("bigco", page: 1);
        var last = await TimelineAsync("bigco", page: 99);

        var firstRows = first.Groups().SelectMany(g => g.Departures).ToList();
        var lastRows = last.Groups().SelectMany(g => g.Departures).ToList();
        Assert.Equal(3, first.PageCount);
        Assert.Equal(CompanyTimeline.PageSize, firstRows.Count);
        Assert.Equal("Person 119", firstRows[0].PersonName);
        Assert.Equal(3, last.PageNumber);
        Assert.Equal(23, lastRows.Count);
        Assert.Equal("Person 0", lastRows[19].PersonName);
        Assert.Equal(["Undated 0", "Undated 1", "Undated 2"], lastRows.Skip(20).Select(d => d.PersonName));
        Assert.Equal("Date unknown", last.Groups()[^1].Heading);
    }

    [Fact]
    public async Task Api_rows_are_every_accepted_departure_oldest_first_and_filter_by_destination()
    {
        var all = await store.Queries.TimelineRowsAsync("thinking-machines-lab", null);
        var toMeta = await store.Queries.TimelineRowsAsync("thinking-machines-lab", "meta");
        var toNobody = await store.Queries.TimelineRowsAsync("thinking-machines-lab", "bigco");

        Assert.Equal(6, all!.Departures.Count);
        Assert.Equal(["2025-10", "2026-01", "2026-Q1", "2026-01-14", "2026-03-02", null], all.Departures.Select(d => d.Date));
        Assert.Equal(["2025-10", "2026-Q1", "2026-03-02"], toMeta!.Departures.Select(d => d.Date));
        Assert.Equal("meta", toMeta.ToSlug);
        Assert.True(toNobody!.UnknownFilter);
        Assert.Empty(toNobody.Departures);
    }
}
