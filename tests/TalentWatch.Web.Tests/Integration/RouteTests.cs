using System.Net;
using System.Text.Json;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>Every page and endpoint over a real SQLite file: prerendered content in the first response, 404s, 400s.</summary>
public sealed class RouteTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    [Theory]
    [InlineData("/", "Latest quarter with data")]
    [InlineData("/", "2026-Q1")]
    [InlineData("/companies", "Thinking Machines Lab")]
    [InlineData("/companies?q=TML", "Thinking Machines Lab")]
    [InlineData("/companies?sort=attrition&dir=desc", "3 of 12, 25%")]
    [InlineData("/companies/thinking-machines-lab", "Andrew Tulloch")]
    [InlineData("/companies/thinking-machines-lab", "article: 33.3% of the founding team; recorded: 3 of 12, 25%")]
    [InlineData("/companies/thinking-machines-lab?to=meta", "Andrew Tulloch")]
    [InlineData("/departures", "Barret Zoph")]
    [InlineData("/departures?to=openai&founder=true", "Luke Metz")]
    [InlineData("/people/luke-metz", "Boomerang")]
    [InlineData("/articles", "Tech Daily")]
    [InlineData("/reports/quarter/2026-Q1", "Departures per company")]
    [InlineData("/reports/quarter", "Quarter report 2026-Q1")]
    public async Task Page_is_prerendered_with_its_content(string url, string expected)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(expected), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Company_filter_shows_only_departures_to_that_employer()
    {
        var html = await client.GetStringAsync("/companies/thinking-machines-lab?to=meta");

        Assert.Contains("Andrew Tulloch", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Barret Zoph", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_text_is_encoded_and_evidence_is_highlighted()
    {
        var list = await client.GetStringAsync("/articles");
        var id = System.Text.RegularExpressions.Regex.Match(list, "/articles/(\\d+)").Groups[1].Value;

        var html = await client.GetStringAsync($"/articles/{id}");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", html, StringComparison.Ordinal);
        Assert.Contains("<mark>Andrew Tulloch, a co-founder, left for Meta in October 2025.</mark>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/companies/no-such-company")]
    [InlineData("/people/nobody")]
    [InlineData("/articles/99999")]
    [InlineData("/no/such/page")]
    public async Task Unknown_address_is_a_friendly_404(string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/departures?quarter=2026-Q9")]
    [InlineData("/departures?founder=maybe")]
    [InlineData("/reports/quarter/last-year")]
    public async Task Bad_query_value_on_a_page_is_a_clear_400(string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_companies_lists_figures()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/companies"));
        var tml = json.RootElement.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "thinking-machines-lab");

        Assert.Equal(4, tml.GetProperty("departures").GetInt32());
        Assert.Equal(3, tml.GetProperty("foundersDepartedToDate").GetInt32());
        Assert.Equal(0.25, tml.GetProperty("foundingTeamAttrition").GetDouble());
    }

    [Fact]
    public async Task Api_timeline_filters_by_destination()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/companies/thinking-machines-lab/timeline?to=openai"));
        var people = json.RootElement.GetProperty("departures").EnumerateArray().Select(d => d.GetProperty("person").GetString()).ToList();

        Assert.Equal(["Barret Zoph", "Luke Metz"], people.Order());
    }

    [Fact]
    public async Task Api_departures_filters_by_quarter_and_excludes_rejected()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/departures?quarter=2026-Q1&from=veritas-ai"));
        var rows = json.RootElement.EnumerateArray().ToList();

        Assert.Single(rows);
        Assert.Equal("meta", rows[0].GetProperty("destinationSlug").GetString());
    }

    [Fact]
    public async Task Api_quarter_report_is_the_spec_summary()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/reports/quarter/2026-Q1"));
        var root = json.RootElement;

        Assert.Equal("2026-Q1", root.GetProperty("quarter").GetString());
        Assert.Equal("2026-01-01", root.GetProperty("from").GetString());
        Assert.Equal(3, root.GetProperty("totalDepartures").GetInt32());
        Assert.Equal(1, root.GetProperty("unplacedDepartures").GetInt32());
        var tml = root.GetProperty("companies")[0];
        Assert.Equal("Thinking Machines Lab", tml.GetProperty("company").GetString());
        Assert.Equal(2, tml.GetProperty("departures").GetInt32());
        Assert.Equal(0.1667m, tml.GetProperty("foundingTeamAttrition").GetDecimal());
        Assert.Equal(30, tml.GetProperty("headcountAtStart").GetInt32());
    }

    [Theory]
    [InlineData("/api/reports/quarter/2026-Q5")]
    [InlineData("/api/departures?quarter=soon")]
    [InlineData("/api/departures?founder=perhaps")]
    [InlineData("/api/companies/thinking-machines-lab/timeline?to=no-such-employer")]
    [InlineData("/exports/quarter/2026-Q1.docx")]
    [InlineData("/exports/quarter/Q1.csv")]
    public async Task Bad_api_value_is_a_400_problem(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_unknown_company_is_404()
    {
        var response = await client.GetAsync("/api/companies/nope/timeline");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("csv", "text/csv")]
    [InlineData("md", "text/markdown")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("pdf", "application/pdf")]
    public async Task Export_downloads_each_format(string format, string contentType)
    {
        var response = await client.GetAsync($"/exports/quarter/2026-Q1.{format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 20);
    }

    [Fact]
    public async Task Health_reports_the_store_healthy()
    {
        var response = await client.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Healthy", body, StringComparison.Ordinal);
    }
}
