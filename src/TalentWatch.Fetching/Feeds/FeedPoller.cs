using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentWatch.Core.Feeds;
using TalentWatch.Data.Imports.Articles;
using TalentWatch.Data.Store;
using TalentWatch.Extraction;
using TalentWatch.Fetching.Http;
using TalentWatch.Fetching.Pages;

namespace TalentWatch.Fetching.Feeds;

/// <summary>What one poll did with one feed.</summary>
public sealed record FeedPollResult(int FeedId, string Name, string Url, FeedPollStatus Status, string? Error,
    int Imported, int Duplicates, int Skipped, int Failed, int Departures);

/// <summary>What a poll did; <see cref="Busy"/> when another poll held the store and this one did nothing.</summary>
public sealed record FeedPollReport(IReadOnlyList<FeedPollResult> Feeds, bool Busy = false)
{
    public bool AnyFailed => Feeds.Any(f => f.Status == FeedPollStatus.Failed || f.Failed > 0);
}

/// <summary>One feed poll at a time in this process (the scheduled one, "poll now", a CLI command in the same host).</summary>
public sealed class FeedPollGate
{
    public SemaphoreSlim Semaphore { get; } = new(1, 1);
}

/// <summary>
/// Polls feeds (SPEC <c>feeds poll</c>): each feed fetched with its validators (an unchanged feed is a 304), each new entry
/// claimed by a row, passed through the departure-cue pre-filter, its page imported as <c>fetch</c> does. A feed's
/// failure is recorded on it and the next feed is polled; an entry's failure is recorded on the entry and tried again on
/// later polls up to <see cref="FeedOptions.MaxEntryAttempts"/>.
/// </summary>
public sealed class FeedPoller(
    IDbContextFactory<TalentWatchDbContext> contextFactory,
    WebFetcher fetcher,
    WebArticleImporter pages,
    FeedPollGate gate,
    IOptions<FeedOptions> options,
    TimeProvider timeProvider,
    ILogger<FeedPoller> logger)
{
    /// <summary>A claimed entry whose poll died (process stopped) is taken up again after this long.</summary>
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(30);

    /// <summary>Polls every feed that is not paused, or only <paramref name="feedId"/> (paused or not).</summary>
    public async Task<FeedPollReport> PollAsync(bool accept, int? feedId = null, CancellationToken cancellationToken = default)
    {
        if (!await gate.Semaphore.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            return new FeedPollReport([], Busy: true);
        }

        try
        {
            await using var lockHolder = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (!await StoreWrites.TryBeginFeedPollAsync(lockHolder, cancellationToken))
            {
                return new FeedPollReport([], Busy: true);
            }

            try
            {
                List<Feed> feeds;
                await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
                {
                    feeds = await db.Feeds.AsNoTracking()
                        .Where(f => feedId == null ? !f.Paused : f.Id == feedId)
                        .OrderBy(f => f.Id)
                        .ToListAsync(cancellationToken);
                }

                var results = new List<FeedPollResult>(feeds.Count);
                foreach (var feed in feeds)
                {
                    results.Add(await PollFeedAsync(feed, accept, cancellationToken));
                }

                return new FeedPollReport(results);
            }
            finally
            {
                await StoreWrites.EndFeedPollAsync(lockHolder);
            }
        }
        finally
        {
            gate.Semaphore.Release();
        }
    }

    private async Task<FeedPollResult> PollFeedAsync(Feed feed, bool accept, CancellationToken cancellationToken)
    {
        var uri = new Uri(feed.Url);
        FetchedDocument fetched;
        IReadOnlyList<FeedItem> items;
        try
        {
            fetched = await fetcher.FetchAsync(uri, new Validators(feed.ETag, feed.LastModified), cancellationToken);
            if (fetched.NotModified)
            {
                await RecordFeedAsync(feed.Id, FeedPollStatus.NotModified, null, null, (0, 0, 0), cancellationToken);
                return new FeedPollResult(feed.Id, feed.Name, feed.Url, FeedPollStatus.NotModified, null, 0, 0, 0, 0, 0);
            }

            items = FeedReader.Read(fetched.FinalUri, fetched.Text);
        }
        catch (Exception e) when (e is FetchException or FeedFormatException)
        {
            logger.LogWarning("Feed {FeedId} ({Url}) failed: {Error}", feed.Id, feed.Url, e.Message);
            await RecordFeedAsync(feed.Id, FeedPollStatus.Failed, e.Message, null, (0, 0, 0), cancellationToken);
            return new FeedPollResult(feed.Id, feed.Name, feed.Url, FeedPollStatus.Failed, e.Message, 0, 0, 0, 0, 0);
        }

        int imported = 0, duplicates = 0, skipped = 0, failed = 0, departures = 0;
        string? firstEntryError = null;
        foreach (var item in items.Take(Math.Max(1, options.Value.MaxEntriesPerPoll)))
        {
            var entryId = await ClaimAsync(feed.Id, item, cancellationToken);
            if (entryId is null)
            {
                continue;
            }

            var (outcome, articleId, error, found) = await ImportEntryAsync(item, accept, cancellationToken);
            await RecordEntryAsync(entryId.Value, outcome, articleId, error, cancellationToken);
            switch (outcome)
            {
                case FeedEntryOutcome.Imported: imported++; departures += found; break;
                case FeedEntryOutcome.Duplicate: duplicates++; break;
                case FeedEntryOutcome.Skipped: skipped++; break;
                default: failed++; firstEntryError ??= error; break;
            }
        }

        var entryError = failed == 0 ? null : $"{failed} entr{(failed == 1 ? "y" : "ies")} failed: {firstEntryError}";
        await RecordFeedAsync(feed.Id, FeedPollStatus.Ok, entryError, new Validators(fetched.ETag, fetched.LastModified), (imported, departures, skipped), cancellationToken);
        return new FeedPollResult(feed.Id, feed.Name, feed.Url, FeedPollStatus.Ok, entryError, imported, duplicates, skipped, failed, departures);
    }

    /// <summary>
    /// The entry's row, inserted as Pending (or a failed one taken up again); null when it was dealt with before or another
    /// poller holds it. The unique (feed, key) index makes the insert the claim across instances.
    /// </summary>
    private async Task<int?> ClaimAsync(int feedId, FeedItem item, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.FeedEntries.FirstOrDefaultAsync(e => e.FeedId == feedId && e.Key == item.Key, cancellationToken);
        if (existing is not null)
        {
            var retry = existing.Outcome == FeedEntryOutcome.Failed && existing.Attempts < options.Value.MaxEntryAttempts
                        || existing.Outcome == FeedEntryOutcome.Pending && now - existing.SeenAt > StaleClaim;
            if (!retry)
            {
                return null;
            }

            existing.Outcome = FeedEntryOutcome.Pending;
            existing.SeenAt = now;
            existing.Attempts++;
            await db.SaveChangesAsync(cancellationToken);
            return existing.Id;
        }

        var entry = new FeedEntry
        {
            FeedId = feedId,
            Key = item.Key,
            Link = Shorten(item.Link?.ToString(), 2000),
            Title = Shorten(item.Title, 500),
            SeenAt = now,
            Outcome = FeedEntryOutcome.Pending,
            Attempts = 1,
        };
        db.FeedEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return entry.Id;
        }
        catch (DbUpdateException)
        {
            return null;
        }
    }

    private async Task<(FeedEntryOutcome Outcome, int? ArticleId, string? Error, int Departures)> ImportEntryAsync(FeedItem item, bool accept, CancellationToken cancellationToken)
    {
        if (item.Link is null)
        {
            return (FeedEntryOutcome.Failed, null, $"entry '{item.Title}' has no link to an article page", 0);
        }

        // The cheap test first: an entry that says what it is about and says nothing of anyone leaving is not fetched.
        var cueInEntry = DepartureCues.Mentions(item.Title) || DepartureCues.Mentions(item.Summary);
        if (!cueInEntry && !string.IsNullOrWhiteSpace(item.Summary))
        {
            return (FeedEntryOutcome.Skipped, null, null, 0);
        }

        var preview = await pages.PreviewAsync(item.Link.ToString(), item.Published, cancellationToken);
        if (preview.Error is not null)
        {
            return (FeedEntryOutcome.Failed, null, preview.Error, 0);
        }

        if (preview.ExistingArticleId is not null || preview.Extraction is null)
        {
            return (FeedEntryOutcome.Duplicate, preview.ExistingArticleId, null, 0);
        }

        if (!cueInEntry && !DepartureCues.Mentions(preview.Extraction.Article.Text))
        {
            return (FeedEntryOutcome.Skipped, null, null, 0);
        }

        var result = await pages.SaveAsync(preview.Extraction, accept, cancellationToken);
        return result.Outcome switch
        {
            ArticleImportOutcome.Duplicate => (FeedEntryOutcome.Duplicate, result.ArticleId, null, 0),
            ArticleImportOutcome.Failed => (FeedEntryOutcome.Failed, null, result.Error, 0),
            _ => (FeedEntryOutcome.Imported, result.ArticleId, null, result.DeparturesAdded + result.DeparturesMerged),
        };
    }

    private async Task RecordEntryAsync(int entryId, FeedEntryOutcome outcome, int? articleId, string? error, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.FeedEntries.Where(e => e.Id == entryId).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Outcome, outcome)
            .SetProperty(e => e.ArticleId, articleId)
            .SetProperty(e => e.Error, Shorten(error, 1000)), cancellationToken);
    }

    private async Task RecordFeedAsync(int feedId, FeedPollStatus status, string? error, Validators? validators, (int Articles, int Departures, int Skipped) found, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var feed = await db.Feeds.FirstOrDefaultAsync(f => f.Id == feedId, cancellationToken);
        if (feed is null)
        {
            return; // removed while it was being polled
        }

        feed.LastPolledAt = timeProvider.GetUtcNow();
        feed.LastStatus = status;
        feed.LastError = Shorten(error, 1000);
        if (validators is not null)
        {
            feed.ETag = Shorten(validators.ETag, 500);
            feed.LastModified = Shorten(validators.LastModified, 100);
        }

        feed.ArticlesFound += found.Articles;
        feed.DeparturesFound += found.Departures;
        feed.EntriesSkipped += found.Skipped;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Shorten(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
