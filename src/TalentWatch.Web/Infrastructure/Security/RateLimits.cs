using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TalentWatch.Web.Infrastructure.Security;

/// <summary>
/// Fixed-window limits per client address on the requests that cost the most or invite guessing: sign-in posts and the
/// downloads (<c>RateLimits:SignIn</c>, <c>RateLimits:Export</c>). The import page works over the circuit, not HTTP, so its
/// limit (<c>RateLimits:Import</c>) is applied per signed-in editor by <see cref="ImportRateLimiter"/>.
/// </summary>
public static class RateLimits
{
    public const string Section = "RateLimits";

    public sealed class Window
    {
        public int PermitLimit { get; set; }

        public TimeSpan Period { get; set; }
    }

    public static Window Read(IConfiguration configuration, string name, int permitLimit, TimeSpan period)
    {
        var window = new Window { PermitLimit = permitLimit, Period = period };
        configuration.GetSection($"{Section}:{name}").Bind(window);
        return window;
    }

    public static IServiceCollection AddTalentWatchRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signIn = Read(configuration, "SignIn", permitLimit: 10, period: TimeSpan.FromMinutes(1));
        var export = Read(configuration, "Export", permitLimit: 30, period: TimeSpan.FromMinutes(1));
        services.AddSingleton(new ImportRateLimiter(Read(configuration, "Import", permitLimit: 20, period: TimeSpan.FromMinutes(10))));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                var path = context.Request.Path;
                if (HttpMethods.IsPost(context.Request.Method) && path.StartsWithSegments(Features.Accounts.AccountServices.LoginPath))
                {
                    return Partition("sign-in:" + address, signIn);
                }

                if (path.StartsWithSegments("/exports") || Features.Feeds.DepartureLinks.IsAtomFeed(path))
                {
                    return Partition("export:" + address, export);
                }

                return RateLimitPartition.GetNoLimiter("none");
            });
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                var what = rejected.HttpContext.Request.Path.StartsWithSegments("/exports") ? "downloads" : "sign-in attempts";
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
