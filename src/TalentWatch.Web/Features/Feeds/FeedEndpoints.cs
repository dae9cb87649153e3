using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using TalentWatch.Fetching;
using TalentWatch.Fetching.Feeds;
using TalentWatch.Web.Features.Departures;

namespace TalentWatch.Web.Features.Feeds;

/// <summary>News in (fetching, feed subscriptions and their scheduled poll) and alerts out (the Atom feeds of departures).</summary>
public static class FeedEndpoints
{
    public static IServiceCollection AddTalentWatchFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTalentWatchFetching(configuration);
        services.AddHostedService<FeedPollingService>();
        services.AddScoped<DepartureAtomQuery>();
        services.AddScoped<DepartureRecordQuery>();
        return services;
    }

    /// <summary>The Atom feeds; public unless <c>Access:RequireSignIn</c> (the fallback policy then covers them like every page).</summary>
    public static WebApplication MapTalentWatchFeeds(this WebApplication app)
    {
        app.MapGet("/feeds/departures.atom", async (DepartureAtomQuery query, HttpContext context, string? from, string? to, string? quarter, string? founder, CancellationToken ct) =>
        {
            if (!DepartureFilter.TryParse(from, to, quarter, founder, null, null, out var filter, out var error))
            {
                return Problem(StatusCodes.Status400BadRequest, "Bad query value", error!);
            }

            var entries = await query.EntriesAsync(filter, null, ct);
            return Atom(context, DepartureLinks.AllFeed(filter), "/departures" + filter.ToQueryString(), "TalentWatch: departures" + Describe(filter), entries);
        });

        app.MapGet("/companies/{slug}/departures.atom", async (DepartureAtomQuery query, HttpContext context, string slug, string? to, CancellationToken ct) =>
        {
            if (await query.CompanyNameAsync(slug, ct) is not { } name)
            {
                return Problem(StatusCodes.Status404NotFound, "Unknown company", $"No company has the slug '{slug}'.");
            }

            var filter = DepartureFilter.None with { From = slug, To = string.IsNullOrWhiteSpace(to) ? null : to.Trim() };
            var entries = await query.EntriesAsync(filter, null, ct);
            var self = DepartureLinks.CompanyFeed(slug) + (filter.To is null ? string.Empty : "?to=" + Uri.EscapeDataString(filter.To));
            var page = $"/companies/{Uri.EscapeDataString(slug)}" + (filter.To is null ? string.Empty : "?to=" + Uri.EscapeDataString(filter.To));
            return Atom(context, self, page, $"TalentWatch: departures from {name}" + (filter.To is null ? string.Empty : $" to {filter.To}"), entries);
        });

        app.MapGet("/people/{slug}/departures.atom", async (DepartureAtomQuery query, HttpContext context, string slug, CancellationToken ct) =>
        {
            if (await query.PersonNameAsync(slug, ct) is not { } name)
            {
                return Problem(StatusCodes.Status404NotFound, "Unknown person", $"No person has the slug '{slug}'.");
            }

            var entries = await query.EntriesAsync(DepartureFilter.None, slug, ct);
            return Atom(context, DepartureLinks.PersonFeed(slug), $"/people/{Uri.EscapeDataString(slug)}", $"TalentWatch: moves of {name}", entries);
        });

        return app;
    }

    private static IResult Atom(HttpContext context, string selfPath, string htmlPath, string title, IReadOnlyList<AtomEntry> entries)
    {
        var request = context.Request;
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var body = AtomWriter.Write(baseUrl, selfPath, htmlPath, title, entries);
        var etag = AtomWriter.ETag(body);
        var headers = context.Response.Headers;
        headers.ETag = etag;
        // Readers poll; a few minutes' caching costs nothing and a 304 costs almost nothing.
        headers.CacheControl = "max-age=300";
        if (request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(tag => tag.Trim() == etag || tag.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(body, AtomWriter.ContentType);
    }

    private static string Describe(DepartureFilter filter)
    {
        var parts = new List<string>();
        if (filter.From is not null)
        {
            parts.Add($"from {filter.From}");
        }

        if (filter.To is not null)
        {
            parts.Add($"to {filter.To}");
        }

        if (filter.Quarter is { } quarter)
        {
            parts.Add($"in {quarter}");
        }

        if (filter.FoundersOnly)
        {
            parts.Add("founders only");
        }

        return parts.Count == 0 ? string.Empty : " (" + string.Join(", ", parts) + ")";
    }

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
