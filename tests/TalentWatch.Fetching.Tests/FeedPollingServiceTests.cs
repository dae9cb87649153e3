using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TalentWatch.Core.Feeds;
using TalentWatch.Fetching.Feeds;
using TalentWatch.Fetching.Tests.Support;

namespace TalentWatch.Fetching.Tests;

/// <summary>The web app's scheduled poll, on a fake clock.</summary>
public sealed class FeedPollingServiceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private LocalSite site = null!;

    public async Task InitializeAsync() => site = await LocalSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task Polls_half_a_minute_after_start_then_every_interval()
    {
        await using var store = new FetchingStore(time: time);
        await store.Get<FeedSubscriptions>().AddAsync(site.Url("feed.rss"), "The Circuit");
        using var service = Service(store, enabled: true);
        await service.StartAsync(CancellationToken.None);
        await Task.Delay(1000); // ExecuteAsync starts on a thread-pool thread: let it set its timers at the fake clock's start

        time.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(300);
        Assert.Equal(FeedPollStatus.NeverPolled, (await FeedAsync(store)).LastStatus);

        // A second on, the first poll; stepped, in case a loaded machine set the timer a little after the clock's start.
        for (var step = 0; step < 30 && (await FeedAsync(store)).LastStatus == FeedPollStatus.NeverPolled; step++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(200);
        }

        var first = await WaitForAsync(store, f => f.LastStatus == FeedPollStatus.Ok);
        Assert.Equal(2, first.ArticlesFound);

        time.Advance(TimeSpan.FromMinutes(10));
        await WaitForAsync(store, f => f.LastStatus == FeedPollStatus.NotModified);
        Assert.Equal(2, site.Hits("/feed.rss"));
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Disabled_it_never_polls()
    {
        await using var store = new FetchingStore(time: time);
        await store.Get<FeedSubscriptions>().AddAsync(site.Url("feed.rss"), "The Circuit");
        using var service = Service(store, enabled: false);
        await service.StartAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromHours(2));
        await Task.Delay(500);
        Assert.Equal(0, site.Hits("/feed.rss"));
        await service.StopAsync(CancellationToken.None);
    }

    private FeedPollingService Service(FetchingStore store, bool enabled) => new(
        store.Services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new FeedOptions { Enabled = enabled, PollInterval = TimeSpan.FromMinutes(10) }),
        time,
        NullLogger<FeedPollingService>.Instance);

    private static async Task<FeedRow> FeedAsync(FetchingStore store) => (await store.Get<FeedSubscriptions>().ListAsync()).Single();

    private static async Task<FeedRow> WaitForAsync(FetchingStore store, Func<FeedRow, bool> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            var feed = await FeedAsync(store);
            if (condition(feed))
            {
                return feed;
            }

            await Task.Delay(100);
        }

        var last = await FeedAsync(store);
        throw new TimeoutException($"the scheduled poll did not happen within 30 s (status {last.LastStatus}, error {last.LastError}, polled {last.LastPolledAt})");
    }
}
