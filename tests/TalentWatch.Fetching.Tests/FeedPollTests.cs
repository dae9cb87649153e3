using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Feeds;
using TalentWatch.Fetching.Feeds;
using TalentWatch.Fetching.Tests.Support;

namespace TalentWatch.Fetching.Tests;

/// <summary>Polling RSS and Atom feeds from the local site into the store.</summary>
public sealed class FeedPollTests : IAsyncLifetime
{
    private LocalSite site = null!;

    public async Task InitializeAsync() => site = await LocalSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task An_rss_poll_imports_the_departure_entries_skips_the_rest_and_a_second_poll_stores_nothing()
    {
        await using var store = new FetchingStore();
        var (feed, error) = await store.Get<FeedSubscriptions>().AddAsync(site.Url("feed.rss"), "The Circuit");
        Assert.Null(error);

        var report = await store.Get<FeedPoller>().PollAsync(accept: true);
        var result = Assert.Single(report.Feeds);
        Assert.Equal(FeedPollStatus.Ok, result.Status);
        Assert.Equal((2, 1, 0, 2), (result.Imported, result.Skipped, result.Failed, result.Departures));
        Assert.Equal(0, site.Hits("/news/chip-prices")); // skipped on its summary, never fetched

        await using (var db = await store.Factory.CreateDbContextAsync())
        {
            var departures = await db.Departures.Include(d => d.Person).OrderBy(d => d.Id).ToListAsync();
            Assert.Equal(["Tobias Wren", "Maarten de Vries"], departures.Select(d => d.Person!.Name));
            Assert.All(departures, d => Assert.Equal(DepartureStatus.Accepted, d.Status));
            var stored = await db.Feeds.SingleAsync();
            Assert.Equal((2, 2, 1, "\"v1\""), (stored.ArticlesFound, stored.DeparturesFound, stored.EntriesSkipped, stored.ETag));
            Assert.NotNull(stored.LastPolledAt);
            Assert.Null(stored.LastError);
        }

        var counts = await store.CountsAsync();
        var second = Assert.Single((await store.Get<FeedPoller>().PollAsync(accept: true)).Feeds);
        Assert.Equal(FeedPollStatus.NotModified, second.Status);

        // The feed changed (new ETag) but its entries are the same: nothing is fetched or stored again.
        site.FeedVersion = "\"v2\"";
        var third = Assert.Single((await store.Get<FeedPoller>().PollAsync(accept: true)).Feeds);
        Assert.Equal((FeedPollStatus.Ok, 0, 0), (third.Status, third.Imported, third.Skipped));
        Assert.Equal(counts, await store.CountsAsync());
        Assert.Equal(1, site.Hits("/news/tobias-wren-leaves-fernhill"));
        Assert.Equal(feed!.Id, third.FeedId);
    }

    [Fact]
    public async Task An_atom_feed_recognises_an_article_another_feed_brought_in()
    {
        await using var store = new FetchingStore();
        var subscriptions = store.Get<FeedSubscriptions>();
        await subscriptions.AddAsync(site.Url("feed.rss"), null);
        await subscriptions.AddAsync(site.Url("feed.atom"), "Kanaal");

        var report = await store.Get<FeedPoller>().PollAsync(accept: false);
        var atom = report.Feeds.Single(f => f.Name == "Kanaal");
        Assert.Equal((0, 1, 1), (atom.Imported, atom.Duplicates, atom.Skipped));
        await using var db = await store.Factory.CreateDbContextAsync();
        Assert.Equal(2, await db.Articles.CountAsync());
        Assert.All(await db.Departures.ToListAsync(), d => Assert.Equal(DepartureStatus.Extracted, d.Status));
    }

    [Fact]
    public async Task A_malformed_feed_is_recorded_as_failed_and_the_other_feeds_are_still_polled()
    {
        await using var store = new FetchingStore(new Dictionary<string, string?> { ["Fetch:Timeout"] = "00:00:02" });
        var subscriptions = store.Get<FeedSubscriptions>();
        await subscriptions.AddAsync(site.Url("malformed.rss"), "Broken");
        await subscriptions.AddAsync(site.Url("hang"), "Silent");
        await subscriptions.AddAsync(site.Url("feed.rss"), "Working");

        var report = await store.Get<FeedPoller>().PollAsync(accept: true);
        Assert.True(report.AnyFailed);
        var broken = report.Feeds.Single(f => f.Name == "Broken");
        Assert.Equal(FeedPollStatus.Failed, broken.Status);
        Assert.Contains("not well-formed XML at line", broken.Error, StringComparison.Ordinal);
        Assert.Contains("no answer within", report.Feeds.Single(f => f.Name == "Silent").Error, StringComparison.Ordinal);
        Assert.Equal(2, report.Feeds.Single(f => f.Name == "Working").Imported);

        var rows = await subscriptions.ListAsync();
        Assert.Equal(FeedPollStatus.Failed, rows.Single(f => f.Name == "Broken").LastStatus);
        Assert.Contains("line", rows.Single(f => f.Name == "Broken").LastError, StringComparison.Ordinal);
        Assert.Equal(FeedPollStatus.Ok, rows.Single(f => f.Name == "Working").LastStatus);
    }

    [Fact]
    public async Task A_feed_on_a_private_address_is_refused_by_default_and_says_why()
    {
        await using var store = new FetchingStore(trustLocalSite: false);
        var subscriptions = store.Get<FeedSubscriptions>();
        await subscriptions.AddAsync(site.Url("feed.rss"), null);

        // A host name that resolves to a private address is refused too.
        await subscriptions.AddAsync(site.Url("feed.atom").Replace("127.0.0.1", "localhost", StringComparison.Ordinal), null);
        var report = await store.Get<FeedPoller>().PollAsync(accept: true);
        Assert.Equal(2, report.Feeds.Count);
        Assert.All(report.Feeds, result =>
        {
            Assert.Equal(FeedPollStatus.Failed, result.Status);
            Assert.Contains("loopback address. Set Fetch:AllowPrivateNetworks=true", result.Error, StringComparison.Ordinal);
        });
        Assert.Equal(0, site.Hits("/feed.rss") + site.Hits("/feed.atom"));
        Assert.Equal((0, 0, 0, 2, 0), await store.CountsAsync());
    }

    [Fact]
    public async Task Feeds_are_listed_paused_and_removed_by_id_or_url()
    {
        await using var store = new FetchingStore();
        var subscriptions = store.Get<FeedSubscriptions>();
        var (a, _) = await subscriptions.AddAsync(site.Url("feed.rss"), "A");
        await subscriptions.AddAsync(site.Url("feed.atom"), "B");
        Assert.Contains("already subscribed", (await subscriptions.AddAsync(site.Url("feed.rss"), "again")).Error, StringComparison.Ordinal);
        Assert.Contains("not a web address", (await subscriptions.AddAsync("ftp://example.org/feed", null)).Error, StringComparison.Ordinal);

        Assert.True(await subscriptions.SetPausedAsync(a!.Id, paused: true));
        var report = await store.Get<FeedPoller>().PollAsync(accept: false);
        Assert.Equal(["B"], report.Feeds.Select(f => f.Name));

        Assert.NotNull(await subscriptions.RemoveAsync(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.NotNull(await subscriptions.RemoveAsync(site.Url("feed.atom")));
        Assert.Null(await subscriptions.RemoveAsync("99"));
        Assert.Empty(await subscriptions.ListAsync());
        Assert.Equal(0, (await store.CountsAsync()).Entries);
    }

    [Fact]
    public async Task Two_polls_at_once_in_one_process_run_one_after_the_other_not_together()
    {
        await using var store = new FetchingStore();
        await store.Get<FeedSubscriptions>().AddAsync(site.Url("feed.rss"), null);
        var poller = store.Get<FeedPoller>();
        var reports = await Task.WhenAll(poller.PollAsync(true), store.Get<FeedPoller>().PollAsync(true));
        Assert.Single(reports, r => r.Busy);
        Assert.Equal(2, (await store.CountsAsync()).Articles);
    }
}
