using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalentWatch.Fetching.Feeds;

/// <summary>
/// The web app's scheduled poll (<c>Feeds:PollInterval</c>, off with <c>Feeds:Enabled=false</c>): departures arrive
/// extracted, in the review queue. A failing poll is logged and the schedule goes on; two instances on one PostgreSQL
/// store take turns through the store's feed-poll lock.
/// </summary>
public sealed class FeedPollingService(IServiceScopeFactory scopes, IOptions<FeedOptions> options, TimeProvider timeProvider, ILogger<FeedPollingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var interval = settings.PollInterval > TimeSpan.FromSeconds(10) ? settings.PollInterval : TimeSpan.FromSeconds(10);
        using var timer = new PeriodicTimer(interval, timeProvider);
        try
        {
            // The first poll waits a little after start-up, so migrations and seeds are done and start-up stays quick.
            await Task.Delay(TimeSpan.FromSeconds(30), timeProvider, stoppingToken);
            do
            {
                await PollOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private async Task PollOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(accept: false, cancellationToken: stoppingToken);
            if (report.Busy)
            {
                logger.LogInformation("Scheduled feed poll skipped: another poll is running on this store");
                return;
            }

            logger.LogInformation("Feed poll: {Feeds} feed(s), {Articles} article(s) imported, {Skipped} entries skipped, {Failed} failed",
                report.Feeds.Count, report.Feeds.Sum(f => f.Imported), report.Feeds.Sum(f => f.Skipped), report.Feeds.Count(f => f.Error is not null));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Scheduled feed poll failed; the next one runs on schedule");
        }
    }
}
