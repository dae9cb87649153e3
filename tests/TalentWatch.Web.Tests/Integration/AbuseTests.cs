using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Accounts;
using TalentWatch.Web.Infrastructure.Api;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>Issue 15 ("Hold under abuse"): each numbered defect with the issue's own inputs, on a seeded store.</summary>
public sealed class AbuseTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private HttpClient Client => TestAccounts.AnonymousClient(fixture.App);

    // Item 1: /api/departures was unbounded.
    [Fact]
    public async Task The_departures_api_is_paged_with_a_total_and_links()
    {
        var first = await Client.GetAsync("/api/departures?pageSize=2");
        using var rows = JsonDocument.Parse(await first.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, rows.RootElement.GetArrayLength());
        Assert.Equal("6", Assert.Single(first.Headers.GetValues("X-Total-Count")));
        Assert.Contains("page=2&pageSize=2>; rel=\"next\"", Assert.Single(first.Headers.GetValues("Link")), StringComparison.Ordinal);

        var last = await Client.GetAsync("/api/departures?pageSize=2&page=3");
        using var lastRows = JsonDocument.Parse(await last.Content.ReadAsStringAsync());
        Assert.Equal(2, lastRows.RootElement.GetArrayLength());
        Assert.DoesNotContain("rel=\"next\"", Assert.Single(last.Headers.GetValues("Link")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/departures?pageSize=501")]
    [InlineData("/api/departures?pageSize=0")]
    [InlineData("/api/departures?page=abc")]
    [InlineData("/api/departures?page=99999999999")]
    [InlineData("/api/companies?pageSize=100000")]
    [InlineData("/api/companies/thinking-machines-lab/timeline?page=-1")]
    public async Task A_page_beyond_the_limits_is_a_400_problem(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_default_page_is_at_most_the_default_size_and_the_timeline_says_its_total()
    {
        using var timeline = JsonDocument.Parse(await Client.GetStringAsync("/api/companies/thinking-machines-lab/timeline?pageSize=1"));

        Assert.Equal(4, timeline.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(1, timeline.RootElement.GetProperty("departures").GetArrayLength());
        Assert.Equal(ApiPaging.DefaultPageSize, 100);
    }

    [Fact]
    public async Task An_unchanged_api_answer_is_a_304_for_its_etag()
    {
        var client = Client;
        var first = await client.GetAsync("/api/departures?quarter=2026-Q1");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/departures?quarter=2026-Q1");
        again.Headers.IfNoneMatch.Add(tag);
        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/departures?quarter=2025-Q4");
        other.Headers.IfNoneMatch.Add(tag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other)).StatusCode);
    }

    // Item 2: a departure dated in 9999, and the quarters at the ends of the calendar.
    [Theory]
    [InlineData("/api/reports/quarter/9999-Q4")]
    [InlineData("/api/reports/quarter/0001-Q1")]
    [InlineData("/exports/quarter/9999-Q4.csv")]
    [InlineData("/reports/quarter/9999-Q4")]
    [InlineData("/departures?quarter=0001-Q1")]
    [InlineData("/api/departures?quarter=9999-Q4")]
    public async Task A_quarter_outside_1900_to_next_year_is_a_400(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("out of range", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // Item 3 (web side): the quarter CSV escapes a formula-like name.
    [Fact]
    public async Task The_quarter_csv_download_escapes_formula_names()
    {
        using var app = new TalentWatchApp();
        await app.InitializeAsync();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>().CreateDbContextAsync())
        {
            var veritas = await db.Companies.SingleAsync(c => c.Name == "Veritas AI");
            veritas.Name = "=HYPERLINK(\"http://evil.example\",\"x\")";
            await db.SaveChangesAsync();
        }

        var csv = await app.CreateClient().GetStringAsync("/exports/quarter/2026-Q1.csv");

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
    }

    // Item 5: search wildcards are literal; search goes through the index.
    [Theory]
    [InlineData("%", 0)]
    [InlineData("_", 0)]
    [InlineData("\\", 0)]
    [InlineData("\"", 0)]
    [InlineData("Zoph", 1)]
    [InlineData("zoph", 1)]
    [InlineData("left for Meta", 1)]
    [InlineData("co-founder", 3)]
    [InlineData("Veritas", 1)]
    [InlineData("Me", 4)]
    public async Task Search_text_is_literal_and_matches_names_roles_and_evidence(string q, int expected)
    {
        var response = await Client.GetAsync("/api/departures?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("X-Total-Count")));
    }

    [Fact]
    public async Task The_search_index_follows_edits_to_names()
    {
        using var app = new TalentWatchApp();
        await app.InitializeAsync();
        var client = app.CreateClient();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>().CreateDbContextAsync())
        {
            var chen = await db.People.SingleAsync(p => p.Name == "Mira Chen");
            chen.Name = "Mira Quixote";
            var evidence = await db.DepartureSources.SingleAsync(s => s.Evidence!.Contains("left for Meta"));
            evidence.Evidence = "Andrew Tulloch, a co-founder, went over to Meta in October 2025.";
            await db.SaveChangesAsync();
        }

        Assert.Equal("0", Assert.Single((await client.GetAsync("/api/departures?q=left%20for%20Meta")).Headers.GetValues("X-Total-Count")));
        Assert.Equal("1", Assert.Single((await client.GetAsync("/api/departures?q=went%20over%20to")).Headers.GetValues("X-Total-Count")));
        Assert.Equal("1", Assert.Single((await client.GetAsync("/api/departures?q=quixote")).Headers.GetValues("X-Total-Count")));
    }

    // Item 8: the hub refuses a foreign Origin; the CSP allows connections to this site only.
    [Fact]
    public async Task The_blazor_hub_refuses_a_foreign_origin_and_takes_its_own()
    {
        async Task<HttpStatusCode> NegotiateAsync(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
            request.Headers.Add("Origin", origin);
            return (await Client.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync("http://evil.example"));
        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync("null"));
        Assert.Equal(HttpStatusCode.OK, await NegotiateAsync("http://localhost"));
        var csp = Assert.Single((await Client.GetAsync("/")).Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("ws:", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_origin_listed_in_AllowedOrigins_may_open_a_circuit()
    {
        using var app = new TalentWatchApp { Seed = false, Settings = new Dictionary<string, string> { ["AllowedOrigins:0"] = "https://talentwatch.example.org" } };
        await app.InitializeAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", "https://talentwatch.example.org");

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().SendAsync(request)).StatusCode);
    }

    // Item 9: 500 where 400 belongs.
    [Theory]
    [InlineData("/companies?page=abc")]
    [InlineData("/companies?page=99999999999")]
    [InlineData("/articles?page=abc")]
    [InlineData("/articles?page=99999999999")]
    [InlineData("/companies/thinking-machines-lab?page=abc")]
    [InlineData("/companies/thinking-machines-lab?page=99999999999")]
    [InlineData("/departures?page=2147483647")]
    public async Task A_bad_page_number_is_a_400_with_the_reason(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not a whole number from 1 to", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/review?page=abc")]
    [InlineData("/review?article=abc")]
    [InlineData("/review?page=99999999999")]
    public async Task The_review_page_answers_a_bad_number_with_400(string url)
    {
        var editor = await TestAccounts.CreateEditorAsync(fixture.App.Services);
        var client = await TestAccounts.SignedInClientAsync(fixture.App, editor);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not a whole number", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/companies\tx", "/")]
    [InlineData("/companies?q=Zoë", "/companies?q=Zo%C3%AB")]
    [InlineData("/über", "/%C3%BCber")]
    public async Task A_return_url_with_a_tab_or_raw_non_ascii_signs_in_and_lands_safely(string returnUrl, string expected)
    {
        var editor = await TestAccounts.CreateEditorAsync(fixture.App.Services);
        var client = TestAccounts.AnonymousClient(fixture.App);

        var response = await TestAccounts.PostSignInAsync(client, editor.Email, editor.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, new Uri(new Uri("http://localhost/"), response.Headers.Location!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/import")).StatusCode);
    }

    [Theory]
    [InlineData("/companies\tx")]
    [InlineData("/über")]
    public void A_local_url_never_keeps_a_control_or_non_ascii_character(string url) =>
        Assert.All(LocalUrl.OrHome(url), c => Assert.True(c is > ' ' and < '\u007f'));

    // Item 6: logging out ends the session on the server.
    [Fact]
    public async Task A_cookie_saved_before_logout_no_longer_opens_the_review_page()
    {
        var editor = await TestAccounts.CreateEditorAsync(fixture.App.Services);
        var client = TestAccounts.AnonymousClient(fixture.App);
        var signIn = await TestAccounts.PostSignInAsync(client, editor.Email, editor.Password);
        var saved = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("TalentWatch.Auth=", StringComparison.Ordinal)).Split(';')[0];
        var thief = fixture.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        async Task<HttpStatusCode> ReviewWithSavedCookieAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/review");
            request.Headers.Add("Cookie", saved);
            return (await thief.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await ReviewWithSavedCookieAsync());
        var token = await TestAccounts.AntiforgeryTokenAsync(client, "/account/password");
        var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, await ReviewWithSavedCookieAsync());
    }

    [Fact]
    public void Open_circuits_revalidate_the_account_within_a_minute() =>
        Assert.True(IdentityRevalidatingAuthenticationStateProvider.Interval <= TimeSpan.FromMinutes(1));

    // Item 12 (HTTP side) and the quarter cache: a change to the store shows in the cached quarter summary.
    [Fact]
    public async Task The_cached_quarter_summary_follows_a_change_to_the_store()
    {
        using var app = new TalentWatchApp();
        await app.InitializeAsync();
        var client = app.CreateClient();
        async Task<int> TotalAsync()
        {
            using var summary = JsonDocument.Parse(await client.GetStringAsync("/api/reports/quarter/2026-Q1"));
            return summary.RootElement.GetProperty("totalDepartures").GetInt32();
        }

        var before = await TotalAsync();
        Assert.Equal(before, await TotalAsync());
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>().CreateDbContextAsync())
        {
            var rejected = await db.Departures.SingleAsync(d => d.Status == DepartureStatus.Rejected);
            rejected.Status = DepartureStatus.Accepted;
            rejected.UpdatedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }

        await Task.Delay(Features.Reports.QuarterSummaryCache.StampInterval + TimeSpan.FromMilliseconds(200));
        Assert.Equal(before + 1, await TotalAsync());
    }
}

/// <summary>Issue 15, item 4: the circuit's hub takes a message that carries the longest paste the page allows.</summary>
public sealed class HubMessageSizeTests
{
    [Fact]
    public async Task The_hub_carries_the_longest_allowed_paste_at_three_bytes_a_character()
    {
        using var app = new TalentWatchApp { Seed = false };
        await app.InitializeAsync();
        var componentHub = typeof(Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler).Assembly
            .GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var optionsType = typeof(Microsoft.Extensions.Options.IOptions<>).MakeGenericType(typeof(Microsoft.AspNetCore.SignalR.HubOptions<>).MakeGenericType(componentHub));
        var options = optionsType.GetProperty("Value")!.GetValue(app.Services.GetRequiredService(optionsType))!;
        var maximum = (long?)options.GetType().GetProperty("MaximumReceiveMessageSize")!.GetValue(options);
        var paste = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Features.Import.UploadLimits>>().Value.MaxPastedCharacters;

        Assert.True(paste >= 20_000);
        Assert.True(maximum >= (3L * paste) + 4096, $"hub {maximum} bytes, paste {paste} characters");
    }
}
