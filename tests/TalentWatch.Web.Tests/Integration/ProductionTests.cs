using System.Net;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serilog.Core;
using Serilog.Events;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>
/// Serilog's hosting integration routes every app's events through the static <c>Log.Logger</c>, which the last app built
/// owns; tests that read their own app's log events run alone.
/// </summary>
[CollectionDefinition(nameof(LogReadingTests), DisableParallelization = true)]
public sealed class LogReadingTests;

/// <summary>What changes outside Development: HTTPS only, no detailed errors; and what is never written to the logs.</summary>
[Collection(nameof(LogReadingTests))]
public sealed class ProductionTests
{
    [Fact]
    public async Task Outside_development_https_answers_carry_HSTS_and_detailed_errors_stay_off_even_when_configured()
    {
        using var app = new TalentWatchApp
        {
            EnvironmentName = "Production",
            Settings = new Dictionary<string, string> { ["DetailedErrors"] = "true", ["Blazor:Circuit:DetailedErrors"] = "true" },
        };
        await app.InitializeAsync();
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://talentwatch.example/") });

        var response = await client.GetAsync("/companies");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.False(app.Services.GetRequiredService<IOptions<CircuitOptions>>().Value.DetailedErrors);
    }

    [Fact]
    public async Task In_development_plain_http_works_without_HSTS()
    {
        using var app = new TalentWatchApp { Seed = false };
        await app.InitializeAsync();

        var response = await app.CreateClient().GetAsync("/companies");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Passwords_never_reach_the_logs_even_at_debug_level()
    {
        const string wrong = "Wrong-Password-Marker-7731";
        using var seeded = new TalentWatchApp
        {
            Seed = false,
            Settings = new Dictionary<string, string>
            {
                ["Serilog:MinimumLevel:Default"] = "Debug",
                ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Debug",
                ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Debug",
            },
        };
        var sink = new RecordingSink();
        using var app = seeded.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink)));
        var editor = await TestAccounts.CreateEditorAsync(app.Services);
        var client = TestAccounts.AnonymousClient(app);

        await TestAccounts.PostSignInAsync(client, editor.Email, wrong);
        await TestAccounts.PostSignInAsync(client, editor.Email, editor.Password);
        await client.GetAsync("/companies?password=" + Uri.EscapeDataString(wrong));

        var logs = sink.Text();
        Assert.Contains("signed in", logs, StringComparison.Ordinal);
        Assert.Contains("/account/login", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, logs, StringComparison.Ordinal);
        Assert.Contains("password=***", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(editor.Password, logs, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?q=meta&password=hunter2&page=2", "?q=meta&password=***&page=2")]
    [InlineData("Data Source=db;Username=tw;Password=s3cret;Pooling=true", "Data Source=db;Username=tw;Password=***;Pooling=true")]
    [InlineData("?Input.Password=abc", "?Input.Password=***")]
    [InlineData("?access_token=abc.def", "?access_token=***")]
    [InlineData("/companies?q=openai", "/companies?q=openai")]
    public void Secret_values_are_blanked_and_the_rest_is_kept(string text, string expected)
    {
        Assert.Equal(expected, TalentWatch.Web.Infrastructure.Security.SecretRedaction.Redact(text));
    }

    /// <summary>Every event the app logs (Serilog adds sinks registered in DI), rendered with its properties.</summary>
    private sealed class RecordingSink : ILogEventSink
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> events = new();

        public void Emit(LogEvent logEvent)
        {
            using var text = new StringWriter();
            new Serilog.Formatting.Compact.CompactJsonFormatter().Format(logEvent, text);
            events.Enqueue(logEvent.RenderMessage() + " " + text + " " + logEvent.Exception);
        }

        public string Text() => string.Join("\n", events);
    }
}
