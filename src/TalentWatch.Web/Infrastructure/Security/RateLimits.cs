using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TalentWatch.Web.Infrastructure.Security;

/// <summary>
/// Fixed-window limits per client address, all declared in <see cref="Rules"/> (the one place a new endpoint is covered):
/// sign-in posts (<c>RateLimits:SignIn</c>), downloads (<c>RateLimits:Export</c>), searches (<c>RateLimits:Search</c>: any GET
/// with a non-empty <c>q</c>) and the JSON API and feeds (<c>RateLimits:Api</c>: everything under <c>/api</c> and
/// <c>/feeds</c> and every <c>.atom</c> file). The first rule that matches a request takes its permit. The import page works
/// over the circuit, not HTTP, so its limit (<c>RateLimits:Import</c>) is applied per signed-in editor by
/// <see cref="ImportRateLimiter"/>; searches typed into a page go through <see cref="SearchThrottle"/>.
/// </summary>
public static class RateLimits
{
    public const string Section = "RateLimits";

    public sealed class Window
    {
        public int PermitLimit { get; set; }

        public TimeSpan Period { get; set; }
    }

    /// <summary>A named limit: which requests it covers, its window and what a refused client is told.</summary>
    public sealed record Rule(string Name, Func<HttpContext, bool> Covers, Window Window, string What);

    public static Window Read(IConfiguration configuration, string name, int permitLimit, TimeSpan period)
    {
        var window = new Window { PermitLimit = permitLimit, Period = period };
        configuration.GetSection($"{Section}:{name}").Bind(window);
        return window;
    }

    /// <summary>Every HTTP limit, first match wins; defaults are what one person at a browser or a polite script never reaches.</summary>
    public static IReadOnlyList<Rule> Rules(IConfiguration configuration) =>
    [
        new("SignIn", c => HttpMethods.IsPost(c.Request.Method) && c.Request.Path.StartsWithSegments(Features.Accounts.AccountServices.LoginPath),
            Read(configuration, "SignIn", permitLimit: 10, period: TimeSpan.FromMinutes(1)), "sign-in attempts"),
        new("Export", c => c.Request.Path.StartsWithSegments("/exports"),
            Read(configuration, "Export", permitLimit: 30, period: TimeSpan.FromMinutes(1)), "downloads"),
        new("Search", c => HttpMethods.IsGet(c.Request.Method) && !string.IsNullOrWhiteSpace(c.Request.Query["q"]),
            Read(configuration, "Search", permitLimit: 60, period: TimeSpan.FromMinutes(1)), "searches"),
        new("Api", c => c.Request.Path.StartsWithSegments("/api") || c.Request.Path.StartsWithSegments("/feeds")
                || (c.Request.Path.Value?.EndsWith(".atom", StringComparison.OrdinalIgnoreCase) ?? false),
            Read(configuration, "Api", permitLimit: 300, period: TimeSpan.FromMinutes(1)), "API requests"),
    ];

    /// <summary>The client address a limit counts against (forwarded headers, when enabled, have already replaced it).</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static IServiceCollection AddTalentWatchRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var rules = Rules(configuration);
        services.AddSingleton(new ImportRateLimiter(Read(configuration, "Import", permitLimit: 20, period: TimeSpan.FromMinutes(10))));
        var search = rules.Single(r => r.Name == "Search").Window;
        services.AddScoped(_ => new SearchThrottle(search));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                rules.FirstOrDefault(r => r.Covers(context)) is { } rule
                    ? Partition(rule.Name + ":" + ClientAddress(context), rule.Window)
                    : RateLimitPartition.GetNoLimiter("none"));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                var what = rules.FirstOrDefault(r => r.Covers(rejected.HttpContext))?.What ?? "requests";
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync($"Too many {what} from your address. Wait a minute and try again.", cancellationToken);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(string key, Window window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = window.Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}

/// <summary>
/// Searches typed into a page run in its circuit, not as HTTP requests, so the HTTP limiter never sees them. This scoped
/// service (one per circuit; one per request outside circuits, where the HTTP rule already counted) holds a token bucket of
/// the <c>RateLimits:Search</c> window: a burst of ten, then the window's rate. A search over the rate waits for a token
/// rather than failing, so a person typing notices nothing and a script driving a circuit is slowed to the rate; circuits
/// per client address are capped (<c>Blazor:Circuit:MaxPerClient</c>).
/// </summary>
public sealed class SearchThrottle(RateLimits.Window window) : IDisposable
{
    /// <summary>The bucket refills at most this often (a window raised to thousands a minute would otherwise tick every millisecond).</summary>
    public static readonly TimeSpan ShortestRefill = TimeSpan.FromMilliseconds(100);

    // Made on the first search: most requests and circuits never search, and an auto-replenishing bucket runs a timer until
    // it is disposed (under load that timer was a measurable share of a page's CPU; docs/benchmarks.md, "Session 5").
    private readonly Lazy<TokenBucketRateLimiter> bucket = new(() => Bucket(window));

    /// <summary>Waits for a permit; false when one search is already waiting (the newer one is dropped).</summary>
    public async ValueTask<bool> WaitAsync(CancellationToken cancellationToken)
    {
        using var lease = await bucket.Value.AcquireAsync(1, cancellationToken);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        if (bucket.IsValueCreated)
        {
            bucket.Value.Dispose();
        }
    }

    private static TokenBucketRateLimiter Bucket(RateLimits.Window window)
    {
        var permits = Math.Max(1, window.PermitLimit);
        var period = window.Period > TimeSpan.Zero ? window.Period : TimeSpan.FromMinutes(1);
        var refill = TimeSpan.FromTicks(Math.Max(ShortestRefill.Ticks, period.Ticks / permits));
        var tokensPerRefill = (int)Math.Clamp(Math.Round((double)permits * refill.Ticks / period.Ticks), 1, int.MaxValue);
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(Math.Min(permits, 10), tokensPerRefill),
            TokensPerPeriod = tokensPerRefill,
            ReplenishmentPeriod = refill,
            QueueLimit = 1,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }
}

/// <summary>Imports (preview and save) per signed-in editor, for the import page whose work runs over the circuit.</summary>
public sealed class ImportRateLimiter(RateLimits.Window window) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(user =>
        RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = window.Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public RateLimits.Window Window => window;

    /// <summary>Takes one permit for <paramref name="user"/>; false when the window's limit is spent.</summary>
    public bool TryAcquire(string user)
    {
        using var lease = limiter.AttemptAcquire(user);
        return lease.IsAcquired;
    }

    public string RejectionMessage =>
        $"Too many imports: at most {window.PermitLimit} in {window.Period.TotalMinutes:0} minutes per account. Wait a few minutes and try again.";

    public void Dispose() => limiter.Dispose();
}
