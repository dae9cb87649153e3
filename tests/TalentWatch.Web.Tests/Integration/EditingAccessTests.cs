using System.Net;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>The review queue, a departure's history and the edit pages are for editors only.</summary>
public sealed class EditingAccessTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    public static TheoryData<string> EditingPages => new()
    {
        "/review",
        "/review?tab=rejected",
        "/departures/1",
        "/companies/thinking-machines-lab/edit",
        "/people/andrew-tulloch/edit",
        "/quality",
    };

    [Theory]
    [MemberData(nameof(EditingPages))]
    public async Task Anonymous_users_are_sent_to_sign_in(string url)
    {
        var response = await TestAccounts.AnonymousClient(fixture.App).GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(url), response.Headers.Location!.Query, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EditingPages))]
    public async Task Signed_in_users_without_the_editor_role_are_refused(string url)
    {
        var reader = await TestAccounts.CreateAsync(fixture.App.Services, role: null);
        var client = await TestAccounts.SignedInClientAsync(fixture.App, reader);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_gets_the_queue_and_the_edit_pages_prerendered()
    {
        var editor = await TestAccounts.CreateEditorAsync(fixture.App.Services);
        var client = await TestAccounts.SignedInClientAsync(fixture.App, editor);

        var review = await client.GetStringAsync("/review");
        var company = await client.GetStringAsync("/companies/thinking-machines-lab/edit");
        var person = await client.GetStringAsync("/people/andrew-tulloch/edit");
        var companyPage = await client.GetStringAsync("/companies/thinking-machines-lab");

        Assert.Contains("Nothing awaiting review", review, StringComparison.Ordinal);
        Assert.Contains("Edit Thinking Machines Lab", company, StringComparison.Ordinal);
        Assert.Contains("Edit Andrew Tulloch", person, StringComparison.Ordinal);
        Assert.Contains("/companies/thinking-machines-lab/edit", companyPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/review\"", companyPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_editors_get_the_article_curation_controls_and_the_quality_link()
    {
        var reader = await TestAccounts.CreateAsync(fixture.App.Services, role: null);
        var editor = await TestAccounts.CreateEditorAsync(fixture.App.Services);
        var anonymousHtml = await TestAccounts.AnonymousClient(fixture.App).GetStringAsync("/articles/1");
        var readerHtml = await (await TestAccounts.SignedInClientAsync(fixture.App, reader)).GetStringAsync("/articles/1");
        var editorHtml = await (await TestAccounts.SignedInClientAsync(fixture.App, editor)).GetStringAsync("/articles/1");

        foreach (var html in new[] { anonymousHtml, readerHtml })
        {
            Assert.Contains("Barret Zoph left for OpenAI", html, StringComparison.Ordinal);
            Assert.DoesNotContain("sentence-marker", html, StringComparison.Ordinal);
            Assert.DoesNotContain("curation-panel", html, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"/quality\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("sentence-marker", editorHtml, StringComparison.Ordinal);
        Assert.Contains("curation-panel", editorHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/quality\"", editorHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readers_see_no_edit_links()
    {
        var html = await TestAccounts.AnonymousClient(fixture.App).GetStringAsync("/companies/thinking-machines-lab");

        Assert.DoesNotContain("/companies/thinking-machines-lab/edit", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/review\"", html, StringComparison.Ordinal);
    }
}
