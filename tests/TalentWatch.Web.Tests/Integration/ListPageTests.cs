using System.Net;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>The articles list's filters and the people index over <see cref="TestData"/>.</summary>
public sealed class ListPageTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    [Theory]
    [InlineData("/articles?q=tech%20daily", true)]
    [InlineData("/articles?q=verliest", true)]
    [InlineData("/articles?lang=en&since=2026-01-01&until=2026-01-31", true)]
    [InlineData("/articles?lang=nl", false)]
    [InlineData("/articles?since=2026-02-01", false)]
    [InlineData("/articles?q=no-such-outlet", false)]
    public async Task Articles_filter_by_title_or_outlet_language_and_published_date(string url, bool listed)
    {
        var html = await client.GetStringAsync(url);

        Assert.Equal(listed, html.Contains("data-testid=\"article-row\"", StringComparison.Ordinal));
        if (!listed)
        {
            Assert.Contains("No articles match", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_bad_article_date_is_a_400_naming_it()
    {
        var response = await client.GetAsync("/articles?since=soon");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("since &#x27;soon&#x27; is not a date", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_index_lists_each_person_with_their_latest_move()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/people"));

        Assert.Contains("4 people", html, StringComparison.Ordinal);
        var metz = html[html.IndexOf("Luke Metz", StringComparison.Ordinal)..];
        Assert.Contains("Thinking Machines Lab</a>", metz[..600], StringComparison.Ordinal);
        Assert.Contains("→ OpenAI", metz[..600], StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_index_finds_by_name()
    {
        var html = await client.GetStringAsync("/people?q=zoph");

        Assert.Contains("Barret Zoph", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Luke Metz", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_index_search_is_literal_and_refuses_what_it_cannot_use()
    {
        Assert.Contains("Nobody matches", await client.GetStringAsync("/people?q=%25"), StringComparison.Ordinal);
        Assert.Contains("Barret Zoph", await client.GetStringAsync("/people?q=ZOPH"), StringComparison.Ordinal);

        foreach (var url in new[] { "/people?q=zo%00ph", "/people?page=abc", "/people?q=" + new string('x', 300) })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, url);
        }
    }
}
