using System.Net;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>Rate limits with configuration-lowered windows, and <c>Access:RequireSignIn</c>.</summary>
public sealed class LimitTests
{
    [Fact]
    public async Task The_sign_in_post_after_the_limit_gets_429_with_a_clear_message()
    {
        using var app = new TalentWatchApp
        {
            Seed = false,
            Settings = new Dictionary<string, string> { ["RateLimits:SignIn:PermitLimit"] = "3", ["RateLimits:SignIn:Period"] = "00:10:00" },
        };
        await app.InitializeAsync();
        var client = TestAccounts.AnonymousClient(app);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await TestAccounts.PostSignInAsync(client, "nobody@example.com", "wrong password " + attempt)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        var limited = await TestAccounts.PostSignInAsync(client, "nobody@example.com", "wrong password");
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Too many sign-in attempts", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task Downloads_after_the_limit_get_429()
    {
        using var app = new TalentWatchApp { Settings = new Dictionary<string, string> { ["RateLimits:Export:PermitLimit"] = "2" } };
        await app.InitializeAsync();
        var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync("/exports/quarter/2026-Q1.csv")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_from_one_address_refuse_even_the_right_one_from_there()
    {
        using var app = new TalentWatchApp { Seed = false };
        await app.InitializeAsync();
        var editor = await TestAccounts.CreateEditorAsync(app.Services);
        var client = TestAccounts.AnonymousClient(app);

        for (var attempt = 0; attempt < Data.Accounts.AccountRegistration.MaxFailedSignIns; attempt++)
        {
            await TestAccounts.PostSignInAsync(client, editor.Email, "wrong password " + attempt);
        }

        var response = await TestAccounts.PostSignInAsync(client, editor.Email, editor.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Too many failed attempts for this account from your address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_RequireSignIn_anonymous_readers_are_sent_to_sign_in_and_the_api_answers_401()
    {
        using var app = new TalentWatchApp { Settings = new Dictionary<string, string> { ["Access:RequireSignIn"] = "true" } };
        await app.InitializeAsync();
        var client = TestAccounts.AnonymousClient(app);

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/login", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/companies")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/exports/quarter/2026-Q1.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var login = await client.GetStringAsync("/account/login");
        var css = System.Text.RegularExpressions.Regex.Match(login, "href=\"(app[^\"]*\\.css)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/" + css)).StatusCode);

        var reader = await TestAccounts.SignedInClientAsync(app, await TestAccounts.CreateAsync(app.Services, role: null));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/companies")).StatusCode);
    }
}

/// <summary>Searches typed into a circuit: a burst of ten, then the window's rate; one search waits, a newer one is dropped.</summary>
public sealed class SearchThrottleTests
{
    [Fact]
    public async Task A_burst_of_ten_passes_then_one_search_waits_and_a_second_is_dropped()
    {
        using var throttle = new Infrastructure.Security.SearchThrottle(new Infrastructure.Security.RateLimits.Window { PermitLimit = 60, Period = TimeSpan.FromMinutes(1) });

        for (var search = 0; search < 10; search++)
        {
            Assert.True(await throttle.WaitAsync(CancellationToken.None));
        }

        var waiting = throttle.WaitAsync(CancellationToken.None).AsTask();
        Assert.False(waiting.IsCompleted);
        Assert.False(await throttle.WaitAsync(CancellationToken.None));
        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(10))); // the next token comes after a second
    }

    [Fact]
    public async Task A_window_raised_to_thousands_a_minute_still_admits_that_rate()
    {
        using var throttle = new Infrastructure.Security.SearchThrottle(new Infrastructure.Security.RateLimits.Window { PermitLimit = 1_000_000, Period = TimeSpan.FromMinutes(1) });

        for (var search = 0; search < 1_000; search++)
        {
            Assert.True(await throttle.WaitAsync(CancellationToken.None));
        }
    }
}
