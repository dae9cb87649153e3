using System.Collections.Concurrent;

namespace TalentWatch.Web.Infrastructure.Security;

/// <summary>
/// The door to the Blazor hub (<c>/_blazor</c>), where a circuit is opened with the visitor's cookie:
/// <list type="bullet">
/// <item>A request whose <c>Origin</c> is not this app's own (or one listed in <c>AllowedOrigins</c>) is refused with 403, so
/// a page on another site cannot open an authenticated circuit with a signed-in editor's cookie (issue 15: a websocket from
/// <c>Origin: http://evil.example</c> got one). Requests without an <c>Origin</c> (not a browser) are not cross-site.</item>
/// <item>At most <c>Blazor:Circuit:MaxPerClient</c> connections (default 20) are open per client address at once; more get 429.
/// A circuit costs memory for as long as it lives (docs/benchmarks.md measures it), and one address opened 600.</item>
/// </list>
/// </summary>
public static class CircuitGate
{
    public const string HubPath = "/_blazor";
    public const string AllowedOriginsKey = "AllowedOrigins";
    public const string MaxPerClientKey = "Blazor:Circuit:MaxPerClient";
    public const int DefaultMaxPerClient = 20;

    public static WebApplication UseTalentWatchCircuitGate(this WebApplication app)
    {
        var allowed = AllowedOrigins(app.Configuration);
        var maxPerClient = Math.Max(1, app.Configuration.GetValue<int?>(MaxPerClientKey) ?? DefaultMaxPerClient);
        var open = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CircuitGate));
        app.UseWhen(context => context.Request.Path.StartsWithSegments(HubPath), hub => hub.Use(async (context, next) =>
        {
            if (context.Request.Headers.Origin is { Count: > 0 } origin && !IsAllowed(origin.ToString(), context.Request, allowed))
            {
                logger.LogWarning("Refused a circuit request from origin {Origin}", QueryValuesShorten(origin.ToString()));
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("This page may not be used from another site.", context.RequestAborted);
                return;
            }

            // A connection's long-lived request (WebSocket, server-sent events, a long poll) is a GET; negotiate is a POST.
            if (!HttpMethods.IsGet(context.Request.Method))
            {
                await next();
                return;
            }

            var address = RateLimits.ClientAddress(context);
            if (open.AddOrUpdate(address, 1, (_, count) => count + 1) > maxPerClient)
            {
                Release(open, address);
                logger.LogWarning("Refused a circuit connection from {Address}: {Max} already open", address, maxPerClient);
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await context.Response.WriteAsync("Too many open pages from your address. Close some tabs and reload.", context.RequestAborted);
                return;
            }

            try
            {
                await next();
            }
            finally
            {
                Release(open, address);
            }
        }));
        return app;
    }

    /// <summary>The configured origins (<c>AllowedOrigins</c>: an array, or one string separated by ';' or ','), normalised.</summary>
    public static IReadOnlySet<string> AllowedOrigins(IConfiguration configuration)
    {
        var section = configuration.GetSection(AllowedOriginsKey);
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return values.Select(Normalize).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Same-origin by host (and port when not the scheme's default), whatever the scheme: behind a TLS proxy without forwarded
    /// headers the app sees http while the browser says https, and both are this site; or one of <paramref name="allowed"/>.
    /// </summary>
    public static bool IsAllowed(string origin, HttpRequest request, IReadOnlySet<string> allowed)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        if (allowed.Contains(Normalize(origin) ?? string.Empty))
        {
            return true;
        }

        var host = request.Host;
        var requestPort = host.Port ?? (request.IsHttps ? 443 : 80);
        var originPort = uri.Port;
        var samePort = originPort == requestPort || (host.Port is null && uri.IsDefaultPort);
        return string.Equals(uri.Host, host.Host, StringComparison.OrdinalIgnoreCase) && samePort;
    }

    private static string? Normalize(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority).TrimEnd('/') : null;

    private static string QueryValuesShorten(string text) => Features.Shared.QueryValues.Shorten(text);

    private static void Release(ConcurrentDictionary<string, int> open, string address)
    {
        while (open.TryGetValue(address, out var count))
        {
            if (count <= 1 ? open.TryRemove(new KeyValuePair<string, int>(address, count)) : open.TryUpdate(address, count - 1, count))
            {
                return;
            }
        }
    }
}
