using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Departures;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>
/// The explorer and its downloads over <see cref="TestData"/> (6 accepted departures, one rejected) plus one departure
/// whose destination is the company left: sorting, the date range, paging past the end, unknown companies, and
/// <c>/exports/departures.{csv,xlsx}</c> giving exactly the filtered rows.
/// </summary>
public sealed partial class DepartureExplorerTests(DepartureExplorerTests.Store fixture) : IClassFixture<DepartureExplorerTests.Store>
{
    private readonly HttpClient client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });

    public sealed class Store : IAsyncLifetime
    {
        public TalentWatchApp App { get; } = new();

        public async Task InitializeAsync()
        {
            await App.InitializeAsync();
            var factory = App.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            var veritas = await db.Companies.SingleAsync(c => c.Slug == "veritas-ai");
            var departure = new Departure
            {
                CompanyId = veritas.Id,
                DestinationId = veritas.Id,
                Date = TalentWatch.Web.Features.Shared.Dates.Of("2024-05-02"),
                Role = "intern",
                Status = DepartureStatus.Accepted,
                CreatedAt = DateTimeOffset.UnixEpoch,
                UpdatedAt = DateTimeOffset.UnixEpoch,
            };
            departure.Sources.Add(new DepartureSource { Url = "https://news.example/9", Evidence = "departures.csv:651", AddedAt = DateTimeOffset.UnixEpoch });
            db.Departures.Add(departure);
            await db.SaveChangesAsync();
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Csv_download_holds_every_matching_accepted_departure_with_its_columns()
    {
        var all = await CsvAsync("/exports/departures.csv");
        var filtered = await CsvAsync("/exports/departures.csv?to=openai&founder=true");

        Assert.Equal(string.Join(',', DepartureExport.CsvHeader), all[0]);
        Assert.Equal(8, all.Length); // header + 7 accepted, the rejected one left out
        Assert.Equal("Barret Zoph,Thinking Machines Lab,OpenAI,2026-01-14,day,CTO,false,false,Tech Daily: Thinking Machines Lab verliest een derde van zijn oprichters,https://example.org/tml", all[1]);
        Assert.Equal(["Luke Metz,Thinking Machines Lab,OpenAI,2026-01,month,co-founder,true,false"], filtered.Skip(1).Select(l => string.Join(',', l.Split(',').Take(8))));
        Assert.Contains(",Veritas AI,Veritas AI,2024-05-02,day,intern,false,true,\"departures.csv, line 651 (news.example)\",https://news.example/9", all[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_follow_the_tables_sort_and_the_date_range()
    {
        var byPerson = await CsvAsync("/exports/departures.csv?sort=person&dir=asc");
        var january = await CsvAsync("/exports/departures.csv?since=2026-01-01&until=2026-01-31");

        var people = byPerson.Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(["", "", "Andrew Tulloch", "Barret Zoph", "Luke Metz", "Luke Metz", "Mira Chen"], people);
        Assert.Equal(["Barret Zoph", "Luke Metz"], january.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task Xlsx_download_has_the_same_rows_with_real_dates()
    {
        var bytes = await client.GetByteArrayAsync("/exports/departures.xlsx?from=thinking-machines-lab");
        using var stream = new MemoryStream(bytes);

        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("Barret Zoph", rows[0]["Person"]);
        Assert.Equal(new DateTime(2026, 1, 14), rows[0]["Date"]);
        Assert.Equal("14 Jan 2026", rows[0]["Date as reported"]);
        Assert.All(rows, r => Assert.Equal("Thinking Machines Lab", r["Company left"]));
    }

    [Theory]
    [InlineData("/exports/departures.csv?from=nope", "Company left “nope” is not a company")]
    [InlineData("/exports/departures.csv?since=yesterday", "since 'yesterday' is not a date")]
    [InlineData("/exports/departures.csv?sort=salary", "sort 'salary' is not a column")]
    [InlineData("/exports/departures.pdf", "expected departures.csv or departures.xlsx")]
    public async Task Bad_download_parameters_are_a_400_naming_the_value(string url, string message)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_company_on_the_page_is_named_instead_of_an_empty_table()
    {
        var response = await client.GetAsync("/departures?from=nope");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Company left “nope” is not a company TalentWatch knows", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No departures match", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_company_named_by_its_name_moves_to_its_address()
    {
        var response = await client.GetAsync("/departures?from=Thinking%20Machines%20Lab&founder=true");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/departures?from=thinking-machines-lab&founder=true", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_page_past_the_last_shows_the_last_page_and_says_so()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/departures?page=999"));

        Assert.Contains("There is no page 999: these filters give 1 page. Showing the last one.", html, StringComparison.Ordinal);
        Assert.Equal(7, Rows().Count(html));
    }

    [Fact]
    public async Task Columns_sort_both_ways_by_link()
    {
        var ascending = await client.GetStringAsync("/departures?sort=company&dir=asc");
        var descending = await client.GetStringAsync("/departures?sort=company&dir=desc");

        Assert.Equal("OpenAI", FirstCompany(ascending));
        Assert.Equal("Veritas AI", FirstCompany(descending));
        Assert.Contains("aria-sort=\"ascending\"", ascending, StringComparison.Ordinal);
        Assert.Contains("href=\"/departures?sort=company&amp;dir=desc\"", ascending, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_move_to_the_same_company_is_flagged()
    {
        var html = await client.GetStringAsync("/departures?from=veritas-ai");

        Assert.Equal(1, Regex.Count(html, "data-testid=\"same-company\""));
    }

    [Fact]
    public async Task The_page_links_its_downloads_with_the_same_filter()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/departures?to=openai&founder=true&sort=person&dir=asc&page=1"));

        Assert.Contains("href=\"/exports/departures.csv?to=openai&founder=true&sort=person&dir=asc\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/exports/departures.xlsx?to=openai&founder=true&sort=person&dir=asc\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flows_over_time_count_the_filtered_departures_per_quarter_by_destination()
    {
        using var scope = fixture.App.Services.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<DepartureQueries>();

        var stack = await queries.FlowsOverTimeAsync(new DepartureFilter("thinking-machines-lab", null, null, false, null));

        Assert.Equal(["2025-Q4", "2026-Q1"], stack.Quarters);
        Assert.Equal([("OpenAI", new[] { 0, 2 }), ("Meta", new[] { 1, 0 })], stack.Series.Select(s => (s.Name, s.Values.ToArray())));
        Assert.Contains("Flows over time", await client.GetStringAsync("/departures?from=thinking-machines-lab"), StringComparison.Ordinal);
    }

    private static string FirstCompany(string html) =>
        WebUtility.HtmlDecode(LeftCell().Match(html).Groups[1].Value);

    private async Task<string[]> CsvAsync(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        return (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex("data-testid=\"departure-row\"")]
    private static partial Regex Rows();

    [GeneratedRegex("data-label=\"Left\"><a[^>]*>([^<]+)</a>")]
    private static partial Regex LeftCell();
}

/// <summary>The company page's compact table (<c>?view=table</c>) and what it says about sources and missing facts.</summary>
public sealed class CompanyTableViewTests(DepartureExplorerTests.Store fixture) : IClassFixture<DepartureExplorerTests.Store>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    [Fact]
    public async Task The_table_view_lists_the_companys_departures_sorted_by_link_and_keeps_the_view_in_every_link()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/companies/thinking-machines-lab?view=table&sort=person&dir=asc"));

        var people = Regex.Matches(html, "data-label=\"Person\" class=\"tw-card-title\">\\s*(?:<a[^>]*>([^<]+)</a>|<span>(Unnamed)</span>)")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
        Assert.Equal(["Unnamed", "Andrew Tulloch", "Barret Zoph", "Luke Metz"], people);
        Assert.Contains("href=\"/companies/thinking-machines-lab?view=table&sort=person&dir=desc\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/companies/thinking-machines-lab?to=openai&view=table\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/exports/departures.csv?from=thinking-machines-lab&sort=person&dir=asc\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_imported_departure_shows_a_sentence_not_file_colon_line()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/companies/veritas-ai"));

        Assert.Contains("Recorded from a data import: departures.csv, line 651.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("“departures.csv:651”", html, StringComparison.Ordinal);
    }
}
