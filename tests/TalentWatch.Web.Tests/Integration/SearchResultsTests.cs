using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Departures;
using TalentWatch.Core.People;
using TalentWatch.Data.Store;
using TalentWatch.Data.Tests;
using TalentWatch.Web.Features.Search;
using TalentWatch.Web.Features.Shared;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

public sealed class SearchResultsSqliteTests() : SearchResultsQueryTests(StoreProvider.Sqlite);

public sealed class SearchResultsPostgresTests() : SearchResultsQueryTests(StoreProvider.Postgres);

/// <summary>The search results query (<c>/search</c>) on both providers: namesakes told apart, sections paged, text literal.</summary>
public abstract class SearchResultsQueryTests(StoreProvider provider) : IDisposable
{
    private readonly TestStore store = new(provider);

    public void Dispose() => store.Dispose();

    private SearchResultsQuery Query => new(store.Factory);

    private async Task SeedAsync()
    {
        await using var db = await store.Factory.CreateDbContextAsync();
        var veritas = Company.Named("Veritas AI");
        var northwind = Company.Named("Northwind");
        var openAi = Company.Named("OpenAI");
        db.Companies.AddRange(veritas, northwind, openAi);
        var first = Person.Named("Jan de Vries");
        var second = Person.Named("Jan de Vries");
        second.Slug = "jan-de-vries-2";
        second.Aliases.Clear(); // an alias key names one person; a namesake is told apart by hand
        var nobody = Person.Named("Jan Pending");
        db.People.AddRange(first, second, nobody);
        for (var i = 1; i <= 30; i++)
        {
            db.People.Add(Person.Named($"Alex Tester {i:00}"));
        }

        db.Articles.Add(new Article
        {
            Title = "Veritas AI loses 100% of its pay_cut team", Source = "Tech Daily", Published = new DateOnly(2026, 1, 20), Language = "en",
            Text = "Body text that mentions Northwind only here.", ContentHash = "a1", ImportedAt = DateTimeOffset.UnixEpoch,
        });
        db.Articles.Add(new Article
        {
            Title = "Een nieuwe baan", Source = "Het Dagblad", Published = new DateOnly(2026, 2, 1), Language = "nl",
            Text = "Tekst.", ContentHash = "a2", ImportedAt = DateTimeOffset.UnixEpoch,
        });
        await db.SaveChangesAsync();

        void Add(Person person, Company from, Company? to, string date, DepartureStatus status) => db.Departures.Add(new Departure
        {
            PersonId = person.Id, CompanyId = from.Id, DestinationId = to?.Id, Date = Dates.Of(date), Status = status,
            CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
        });
        Add(first, northwind, veritas, "2024-03", DepartureStatus.Accepted);
        Add(first, veritas, openAi, "2025-06", DepartureStatus.Accepted);
        Add(second, northwind, null, "2025-01", DepartureStatus.Accepted);
        Add(nobody, openAi, veritas, "2025-01", DepartureStatus.Extracted);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Namesakes_are_told_apart_by_their_latest_accepted_move()
    {
        await SeedAsync();

        var results = await Query.FindAsync("de vries", SearchSection.All, 1);

        Assert.Equal(2, results.People.Total);
        var people = results.People.Items.OrderBy(p => p.Slug).ToList();
        Assert.Equal(("Jan de Vries", "Veritas AI", "OpenAI", 2), (people[0].Name, people[0].Left, people[0].Joined, people[0].Departures));
        Assert.Equal(("Jan de Vries", "Northwind", null, 1), (people[1].Name, people[1].Left, people[1].Joined, people[1].Departures));

        var pending = Assert.Single((await Query.FindAsync("pending", SearchSection.All, 1)).People.Items);
        Assert.Null(pending.Left);
    }

    [Fact]
    public async Task Companies_and_articles_by_title_or_outlet_with_wildcards_literal()
    {
        await SeedAsync();

        var veritas = await Query.FindAsync("veritas", SearchSection.All, 1);
        var company = Assert.Single(veritas.Companies.Items);
        Assert.Equal(("Veritas AI", "veritas-ai", 1), (company.Name, company.Slug, company.Departures));
        Assert.Equal("Veritas AI loses 100% of its pay_cut team", Assert.Single(veritas.Articles.Items).Title);

        Assert.Equal("Een nieuwe baan", Assert.Single((await Query.FindAsync("dagblad", SearchSection.All, 1)).Articles.Items).Title);
        Assert.Single((await Query.FindAsync("100%", SearchSection.All, 1)).Articles.Items);
        Assert.Single((await Query.FindAsync("pay_cut", SearchSection.All, 1)).Articles.Items);
        Assert.True((await Query.FindAsync("%", SearchSection.All, 1)).Articles.Total == 1, "a % matches only the title holding one");
        Assert.True((await Query.FindAsync("pay%cut", SearchSection.All, 1)).IsEmpty);
        Assert.Equal(0, (await Query.FindAsync("mentions Northwind", SearchSection.All, 1)).Articles.Total); // the body is not searched
    }

    [Fact]
    public async Task All_shows_a_preview_of_each_section_and_a_section_pages_through_its_matches()
    {
        await SeedAsync();

        var all = await Query.FindAsync("alex tester", SearchSection.All, 7);
        Assert.Equal(30, all.People.Total);
        Assert.Equal(SearchResultsQuery.PreviewSize, all.People.Items.Count);
        Assert.Equal("Alex Tester 01", all.People.Items[0].Name);

        var second = await Query.FindAsync("alex tester", SearchSection.People, 2);
        Assert.Equal((2, 2, 30), (second.People.PageNumber, second.People.PageCount, second.People.Total));
        Assert.Equal(["Alex Tester 26", "Alex Tester 27", "Alex Tester 28", "Alex Tester 29", "Alex Tester 30"], second.People.Items.Select(p => p.Name));

        var past = await Query.FindAsync("alex tester", SearchSection.People, 99);
        Assert.Equal(2, past.People.PageNumber);

        var companiesOnly = await Query.FindAsync("veritas", SearchSection.Companies, 1);
        Assert.Empty(companiesOnly.Articles.Items);
        Assert.Equal(1, companiesOnly.Articles.Total); // counted for its tab, not read
    }
}

/// <summary>The page itself, prerendered over <see cref="TestData"/>: sections, links, and 400 for what it cannot use.</summary>
public sealed class SearchPageTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    [Fact]
    public async Task People_with_their_companies_companies_and_articles_are_listed_with_counts()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/search?q=metz"));

        Assert.Contains("People <span class=\"tw-muted\">(1)</span>", html, StringComparison.Ordinal);
        var row = html[html.IndexOf("data-testid=\"search-person\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("href=\"/people/luke-metz\"", row, StringComparison.Ordinal);
        Assert.Contains("Thinking Machines Lab</a>", row, StringComparison.Ordinal);
        Assert.Contains("now at </span><a", row, StringComparison.Ordinal);
        Assert.Contains("OpenAI</a>", row, StringComparison.Ordinal);

        var tml = WebUtility.HtmlDecode(await client.GetStringAsync("/search?q=tml"));
        Assert.Contains("href=\"/companies/thinking-machines-lab\"", tml, StringComparison.Ordinal);
        var daily = WebUtility.HtmlDecode(await client.GetStringAsync("/search?q=tech%20daily"));
        Assert.Contains("href=\"/articles/1\"", daily, StringComparison.Ordinal);
        Assert.Contains("Articles (1)", daily, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_found_and_no_text_say_so()
    {
        Assert.Contains("Nothing matches", WebUtility.HtmlDecode(await client.GetStringAsync("/search?q=zzzz")), StringComparison.Ordinal);
        Assert.Contains("Search the store", await client.GetStringAsync("/search"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=metz&page=abc", "page 'abc' is not a whole number")]
    [InlineData("/search?q=metz&page=99999999999", "is not a whole number")]
    [InlineData("/search?q=metz&in=everything", "in 'everything' is not a section")]
    [InlineData("/search?q=me%00tz", "control character")]
    [InlineData("/search?q=me%07tz", "control character")]
    [InlineData("/search?q=a%0Ab", "control character")]
    public async Task Hostile_values_are_a_400_naming_the_problem(string url, string problem)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_text_is_a_400_without_searching()
    {
        var response = await client.GetAsync("/search?q=" + new string('x', 5_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 200 are searched", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_bar_suggestions_start_with_see_all_and_say_where_a_person_is()
    {
        var query = new SearchQuery(fixture.App.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>());

        var hits = await query.FindAsync("metz");

        Assert.True(hits[0].IsSeeAll);
        Assert.Equal("/search?q=metz", hits[0].Href);
        var metz = Assert.Single(hits, h => h.Kind == "Person");
        Assert.Equal(("Luke Metz", "at OpenAI"), (metz.Name, metz.Detail));
        Assert.Empty(await query.FindAsync("me\0tz"));
    }
}
