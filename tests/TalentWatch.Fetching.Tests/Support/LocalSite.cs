using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TalentWatch.Fetching.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 (a free port) serving the fixtures the tests need: feeds, English and Dutch article pages,
/// a 304 for a repeated conditional GET, redirect chains, a 6 MB page, a PDF, a page that never answers, malformed XML.
/// No outside network. Counts requests per path, so a test can tell whether a refused address was ever contacted.
/// </summary>
public sealed class LocalSite : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.Ordinal);

    private LocalSite(WebApplication app) => this.app = app;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The feed's ETag; changing it makes the next conditional GET a 200 again.</summary>
    public string FeedVersion { get; set; } = "\"v1\"";

    public int Hits(string path) => hits.TryGetValue(path, out var n) ? n : 0;

    public string Url(string path) => new Uri(BaseUri, path).ToString();

    public static async Task<LocalSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new LocalSite(app);
        site.Map();
        await app.StartAsync();
        site.BaseUri = new Uri(app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/");
        return site;
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private string Text(string fixture) => File.ReadAllText(Fixture(fixture)).Replace("{BASE}", BaseUri.ToString().TrimEnd('/'), StringComparison.Ordinal);

    private void Map()
    {
        app.Use(async (context, next) =>
        {
            hits.AddOrUpdate(context.Request.Path.Value ?? "/", 1, (_, n) => n + 1);
            await next(context);
        });

        app.MapGet("/feed.rss", (HttpContext context) => Feed(context, "feed.rss", "application/rss+xml; charset=utf-8"));
        app.MapGet("/feed.atom", (HttpContext context) => Feed(context, "feed.atom", "application/atom+xml"));
        app.MapGet("/malformed.rss", () => Results.Text(Text("malformed.rss"), "application/rss+xml"));
        app.MapGet("/news/tobias-wren-leaves-fernhill", () => Results.Text(Text("en-departure.html"), "text/html; charset=utf-8"));
        // windows-1252 bytes, no charset in the header: the page's own <meta> says how to read it.
        app.MapGet("/nieuws/maarten-de-vries", () => Results.Bytes(File.ReadAllBytes(Fixture("nl-departure.html")), "text/html"));
        app.MapGet("/news/chip-prices", () => Results.Text(Text("unrelated.html"), "text/html; charset=utf-8"));
        app.MapGet("/chain/{n:int}", (int n) => n <= 0
            ? Results.Redirect("/news/tobias-wren-leaves-fernhill")
            : Results.Redirect($"/chain/{n - 1}"));
        app.MapGet("/redirect", (string to) => Results.Redirect(to));
        app.MapGet("/big", async (HttpContext context) =>
        {
            // 6 MB without a Content-Length (chunked): the cap must stop the read, not the header.
            context.Response.ContentType = "text/html";
            var line = Encoding.UTF8.GetBytes("<p>" + new string('x', 1020) + "</p>\n");
            await context.Response.Body.WriteAsync("<html><body>"u8.ToArray());
            for (var written = 0; written < 6 * 1024 * 1024; written += line.Length)
            {
                await context.Response.Body.WriteAsync(line, context.RequestAborted);
            }
        });
        app.MapGet("/report.pdf", () => Results.Bytes("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray(), "application/pdf"));
        app.MapGet("/hang", async (HttpContext context) =>
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        app.MapGet("/flaky", () => Hits("/flaky") == 1
            ? Results.StatusCode(503)
            : Results.Text(Text("en-departure.html"), "text/html; charset=utf-8"));
    }

    private IResult Feed(HttpContext context, string fixture, string contentType)
    {
        if (context.Request.Headers.IfNoneMatch == FeedVersion)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        context.Response.Headers.ETag = FeedVersion;
        return Results.Text(Text(fixture), contentType);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
