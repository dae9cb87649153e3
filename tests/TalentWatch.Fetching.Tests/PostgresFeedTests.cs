using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Feeds;
using TalentWatch.Data.Tests;
using TalentWatch.Fetching.Feeds;
using TalentWatch.Fetching.Tests.Support;

namespace TalentWatch.Fetching.Tests;

/// <summary>Feeds on a shared PostgreSQL store, as two web instances use it.</summary>
public sealed class PostgresFeedTests : IAsyncLifetime
{
    private LocalSite site = null!;
    private PostgresServer.Database database = null!;

    public async Task InitializeAsync()
    {
        site = await LocalSite.StartAsync();
        database = PostgresServer.CreateDatabase();
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
        database.Dispose();
    }

    [Fact]
    public async Task Two_instances_polling_at_once_take_turns_and_store_each_entry_once()
    {
        // Two service providers over one database: two instances, each with its own in-process gate.
        await using var first = new FetchingStore(postgres: database.ConnectionString);
        await using var second = new FetchingStore(postgres: database.ConnectionString);
        // A silent feed first keeps the first poll busy for seconds (two 5-second attempts), so the polls overlap.
        await first.Get<FeedSubscriptions>().AddAsync(site.Url("hang"), "Silent");
        await first.Get<FeedSubscriptions>().AddAsync(site.Url("feed.rss"), "The Circuit");

        var polls = await Task.WhenAll(first.Get<FeedPoller>().PollAsync(accept: true), second.Get<FeedPoller>().PollAsync(accept: true));
        Assert.Single(polls, p => p.Busy);
        var done = Assert.Single(polls, p => !p.Busy);
        Assert.Equal(2, done.Feeds.Single(f => f.Name == "The Circuit").Imported);

        // The lock is released: the other instance polls next, and finds nothing new.
        var next = await second.Get<FeedPoller>().PollAsync(accept: true);
        Assert.False(next.Busy);
        Assert.Equal(FeedPollStatus.NotModified, next.Feeds.Single(f => f.Name == "The Circuit").Status);
        await using var db = await first.Factory.CreateDbContextAsync();
        Assert.Equal(2, await db.Articles.CountAsync());
        Assert.Equal(2, await db.Departures.CountAsync());
        Assert.Equal(3, await db.FeedEntries.CountAsync());
    }
}
