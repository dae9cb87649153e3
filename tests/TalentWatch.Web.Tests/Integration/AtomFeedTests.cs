using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>The Atom feeds out and the public departure page they link to, over the seeded store.</summary>
public sealed class AtomFeedTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient client = fixture.App.CreateClient();

    [Theory]
    [InlineData("/feeds/departures.atom", 6)]
    [InlineData("/feeds/departures.atom?to=openai&founder=true", 1)]
    [InlineData("/feeds/departures.atom?quarter=2026-Q1", 3)]
    [InlineData("/feeds/departures.atom?from=veritas-ai", 1)]
    [InlineData("/companies/thinking-machines-lab/departures.atom", 4)]
    [InlineData("/companies/thinking-machines-lab/departures.atom?to=meta", 1)]
    [InlineData("/people/luke-metz/departures.atom", 2)]
    public async Task Each_feed_is_valid_atom_and_filters_like_the_explorer(string url, int entries)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        AssertValidAtom(feed, url);
        Assert.Equal(entries, feed.Elements(Atom + "entry").Count());
    }

    [Fact]
    public async Task An_entry_carries_the_person_companies_date_role_evidence_and_its_public_page()
    {
        var feed = XDocument.Parse(await client.GetStringAsync("/feeds/departures.atom?to=meta&from=thinking-machines-lab")).Root!;
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.Equal("Andrew Tulloch left Thinking Machines Lab for Meta", entry.Element(Atom + "title")!.Value);
        var summary = entry.Element(Atom + "summary")!.Value;
        Assert.Contains("(co-founder)", summary, StringComparison.Ordinal);
        Assert.Contains("Oct 2025", summary, StringComparison.Ordinal);
        Assert.Contains("Evidence: “Andrew Tulloch, a co-founder, left for Meta in October 2025.”", summary, StringComparison.Ordinal);
        Assert.Equal("founder", entry.Element(Atom + "category")!.Attribute("term")!.Value);

        var href = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value;
        var page = await client.GetAsync(new Uri(href).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Andrew Tulloch left Thinking Machines Lab for Meta", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("“Andrew Tulloch, a co-founder, left for Meta in October 2025.”"), html, StringComparison.Ordinal);
        Assert.Contains("Original at example.org", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Review or edit", html, StringComparison.Ordinal); // not signed in: read-only
    }

    [Fact]
    public async Task An_unchanged_feed_is_a_304_for_its_etag()
    {
        var first = await client.GetAsync("/feeds/departures.atom");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/departures.atom");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);

        using var other = new HttpRequestMessage(HttpMethod.Get, "/feeds/departures.atom");
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other)).StatusCode);
    }

    [Theory]
    [InlineData("/feeds/departures.atom?quarter=2026-Q9", HttpStatusCode.BadRequest)]
    [InlineData("/feeds/departures.atom?founder=maybe", HttpStatusCode.BadRequest)]
    [InlineData("/companies/no-such-company/departures.atom", HttpStatusCode.NotFound)]
    [InlineData("/people/nobody/departures.atom", HttpStatusCode.NotFound)]
    public async Task Bad_parameters_and_unknown_slugs_are_4xx(string url, HttpStatusCode status) =>
        Assert.Equal(status, (await client.GetAsync(url)).StatusCode);

    [Fact]
    public async Task A_rejected_departure_has_no_public_page()
    {
        var all = XDocument.Parse(await client.GetStringAsync("/feeds/departures.atom")).Root!;
        var ids = all.Elements(Atom + "entry").Select(e => int.Parse(e.Element(Atom + "id")!.Value.Split(':').Last(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var rejected = Enumerable.Range(1, ids.Max() + 1).First(id => !ids.Contains(id));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/departures/{rejected}/public")).StatusCode);
    }

    [Theory]
    [InlineData("/departures?to=meta", "/feeds/departures.atom?to=meta")]
    [InlineData("/companies/thinking-machines-lab", "/companies/thinking-machines-lab/departures.atom")]
    [InlineData("/people/luke-metz", "/people/luke-metz/departures.atom")]
    public async Task Pages_link_their_feed_for_readers_and_people(string page, string feed)
    {
        var html = await client.GetStringAsync(page);
        var encoded = WebUtility.HtmlEncode(feed);
        Assert.Contains($"rel=\"alternate\" type=\"application/atom+xml\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{encoded}\"", html, StringComparison.Ordinal);
        Assert.Contains("Subscribe", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_are_under_the_api_rate_limit()
    {
        using var app = new TalentWatchApp { Settings = new Dictionary<string, string> { ["RateLimits:Api:PermitLimit"] = "2" } };
        await app.InitializeAsync();
        var limited = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        foreach (var url in new[] { "/feeds/departures.atom", "/companies/thinking-machines-lab/departures.atom", "/people/luke-metz/departures.atom" })
        {
            statuses.Add((await limited.GetAsync(url)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>RFC 4287's required structure: feed id, title, updated, author (feed-level), self link; each entry id, title, updated, alternate link; ids unique; timestamps RFC 3339.</summary>
    private static void AssertValidAtom(XElement feed, string url)
    {
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.True(Uri.IsWellFormedUriString(Single(feed, "id"), UriKind.Absolute));
        Assert.False(string.IsNullOrWhiteSpace(Single(feed, "title")));
        AssertTimestamp(Single(feed, "updated"));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "author")?.Element(Atom + "name")?.Value));
        var self = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value;
        Assert.EndsWith(url, self, StringComparison.Ordinal);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var id = Single(entry, "id");
            Assert.True(Uri.IsWellFormedUriString(id, UriKind.Absolute), id);
            Assert.True(ids.Add(id), $"duplicate id {id}");
            Assert.False(string.IsNullOrWhiteSpace(Single(entry, "title")));
            AssertTimestamp(Single(entry, "updated"));
            var alternate = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate");
            Assert.True(Uri.IsWellFormedUriString(alternate.Attribute("href")!.Value, UriKind.Absolute));
            Assert.Equal("html", entry.Element(Atom + "content")!.Attribute("type")!.Value);
            Assert.Single(entry.Elements(Atom + "summary"));
        }
    }

    private static string Single(XElement parent, string name) => Assert.Single(parent.Elements(Atom + name)).Value;

    private static void AssertTimestamp(string value) =>
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", value);
}
