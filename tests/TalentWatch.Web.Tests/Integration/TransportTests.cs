using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using TalentWatch.Web.Infrastructure.Security;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>
/// Issue 15 item 7 (transport): in Production the redirect to https only when an https port is known, HSTS on https
/// answers, forwarded headers only when enabled and only from trusted proxies, and the session cookies always Secure.
/// </summary>
[Collection(nameof(LogReadingTests))]
public sealed class TransportTests
{
    private static readonly Uri Http = new("http://talentwatch.example/");
    private static readonly Uri Https = new("https://talentwatch.example/");

    [Fact]
    public async Task Production_without_an_https_port_serves_http_without_a_redirect_HSTS_or_the_https_port_warning()
    {
        var sink = new RecordingSink();
        using var app = Production(new() { ["Serilog:MinimumLevel:Default"] = "Information" }, sink: sink);

        var response = await Client(app, Http).GetAsync("/companies");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains("no https port known", sink.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Failed to determine the https port", sink.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https_port", "443", "https://talentwatch.example/companies?q=a")]
    [InlineData("https_port", "8443", "https://talentwatch.example:8443/companies?q=a")]
    [InlineData("https_ports", "9443", "https://talentwatch.example:9443/companies?q=a")]
    public async Task Production_with_an_https_port_redirects_http_to_it(string key, string value, string location)
    {
        using var app = Production(new() { [key] = value });

        var response = await Client(app, Http).GetAsync("/companies?q=a");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task With_an_https_port_health_probes_over_plain_http_still_get_200()
    {
        using var app = Production(new() { ["https_port"] = "443" });

        var response = await Client(app, Http).GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"Healthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_answers_over_https_carry_HSTS()
    {
        using var app = Production(new() { ["https_port"] = "443" });

        var response = await Client(app, Https).GetAsync("/companies");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_with_forwarded_headers_enabled_X_Forwarded_Proto_https_is_an_https_request()
    {
        using var app = Production(new() { ["https_port"] = "443", ["ForwardedHeaders:Enabled"] = "true" }, IPAddress.Loopback);
        var client = Client(app, Http);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        var response = await client.GetAsync("/companies");
        var signIn = await client.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(Cookies(signIn), cookie => cookie.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)
            && cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Forwarded_headers_are_ignored_unless_enabled()
    {
        using var app = Production(new() { ["https_port"] = "443" }, IPAddress.Loopback);
        var client = Client(app, Http);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.GetAsync("/companies");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.TemporaryRedirect)]
    [InlineData("10.0.0.0/8", HttpStatusCode.OK)]
    public async Task A_proxy_outside_loopback_is_believed_only_when_its_network_is_listed(string? network, HttpStatusCode expected)
    {
        var settings = new Dictionary<string, string> { ["https_port"] = "443", ["ForwardedHeaders:Enabled"] = "true" };
        if (network is not null)
        {
            settings["ForwardedHeaders:KnownNetworks:0"] = network;
        }

        using var app = Production(settings, IPAddress.Parse("10.1.2.3"));
        var client = Client(app, Http);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        Assert.Equal(expected, (await client.GetAsync("/companies")).StatusCode);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.internal", "ForwardedHeaders:KnownProxies: 'proxy.internal' is not an IP address")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0", "ForwardedHeaders:KnownNetworks: '10.0.0.0' is not a network in CIDR form")]
    public void A_proxy_setting_that_cannot_be_read_stops_start_up_naming_it(string key, string value, string message)
    {
        using var app = Production(new() { ["ForwardedHeaders:Enabled"] = "true", [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Rate_limits_count_per_forwarded_client_address_only_when_forwarded_headers_are_enabled(bool enabled, bool thirdClientLimited)
    {
        using var app = Production(
            new() { ["ForwardedHeaders:Enabled"] = enabled ? "true" : "false", ["RateLimits:SignIn:PermitLimit"] = "2", ["RateLimits:SignIn:Period"] = "00:10:00" },
            IPAddress.Loopback);

        var statuses = new List<HttpStatusCode>();
        foreach (var clientAddress in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" })
        {
            var client = Client(app, Https);
            client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
            statuses.Add((await TestAccounts.PostSignInAsync(client, "nobody@example.com", "wrong password")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(2));
        Assert.Equal(thirdClientLimited ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK, statuses[2]);
    }

    [Fact]
    public async Task In_production_the_sign_in_and_antiforgery_cookies_are_Secure()
    {
        using var app = Production([]);
        var editor = await TestAccounts.CreateEditorAsync(app.Services);
        var client = Client(app, Https);

        var form = await client.GetAsync("/account/login");
        var signIn = await TestAccounts.PostSignInAsync(client, editor.Email, editor.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(Cookies(form), cookie => cookie.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains(Cookies(signIn), cookie => cookie.StartsWith("TalentWatch.Auth=", StringComparison.Ordinal));
        Assert.All(Cookies(form).Concat(Cookies(signIn)), cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task In_production_signing_in_over_plain_http_is_refused_with_a_clear_message_not_an_error()
    {
        using var app = Production([]);

        var response = await Client(app, Http).GetAsync("/account/login?ReturnUrl=%2Freview");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Signing in needs https", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Cookies(response));
        Assert.Equal(HttpStatusCode.OK, (await Client(app, Http).GetAsync("/companies")).StatusCode);
    }

    [Fact]
    public async Task In_development_cookies_follow_the_request_so_plain_http_sign_in_works()
    {
        using var app = new TalentWatchApp { Seed = false };
        await app.InitializeAsync();

        var form = await Client(app, Http).GetAsync("/account/login");

        Assert.DoesNotContain(Cookies(form), cookie => cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("https_port", "443", 443)]
    [InlineData("https_ports", "8443;9443", 8443)]
    [InlineData("urls", "http://+:5000;https://+:5001", 5001)]
    [InlineData("urls", "https://talentwatch.example", 443)]
    [InlineData("Kestrel:Endpoints:Https:Url", "https://0.0.0.0:7443", 7443)]
    [InlineData("urls", "http://127.0.0.1:5080", null)]
    [InlineData("https_port", "not a port", null)]
    public void The_https_port_comes_from_the_usual_settings(string key, string value, int? expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        Assert.Equal(expected, Transport.HttpsPort(configuration));
    }

    private static ProductionApp Production(Dictionary<string, string> settings, IPAddress? remoteAddress = null, RecordingSink? sink = null) =>
        new(remoteAddress, sink) { Seed = false, EnvironmentName = "Production", Settings = settings };

    private static HttpClient Client(WebApplicationFactory<Program> app, Uri baseAddress) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = baseAddress, AllowAutoRedirect = false, HandleCookies = true });

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    /// <summary>The app in Production, its requests coming from <c>remoteAddress</c>, its log events recorded in <c>sink</c>.</summary>
    private sealed class ProductionApp(IPAddress? remoteAddress, RecordingSink? sink) : TalentWatchApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                if (remoteAddress is not null)
                {
                    services.AddSingleton<IStartupFilter>(new ConnectionFrom(remoteAddress));
                }

                if (sink is not null)
                {
                    services.AddSingleton<ILogEventSink>(sink);
                }
            });
        }
    }

    /// <summary>The test server has no client address; this gives every request the one a proxy would connect from.</summary>
    private sealed class ConnectionFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class RecordingSink : ILogEventSink
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> events = new();

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent.RenderMessage() + " " + logEvent.Exception);

        public string Text() => string.Join("\n", events);
    }
}
