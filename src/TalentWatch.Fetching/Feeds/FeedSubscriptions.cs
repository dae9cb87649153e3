using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Feeds;
using TalentWatch.Data.Store;
using TalentWatch.Fetching.Http;

namespace TalentWatch.Fetching.Feeds;

/// <summary>A feed as the list (CLI and /feeds) shows it.</summary>
public sealed record FeedRow(
    int Id, string Name, string Url, bool Paused, DateTimeOffset AddedAt, DateTimeOffset? LastPolledAt, FeedPollStatus LastStatus,
    string? LastError, int ArticlesFound, int DeparturesFound, int EntriesSkipped);

/// <summary>Adding, listing, pausing and removing feeds (SPEC <c>feeds add|list|remove</c> and the /feeds page).</summary>
public sealed class FeedSubscriptions(IDbContextFactory<TalentWatchDbContext> contextFactory, TimeProvider timeProvider)
{
    public const int MaxNameLength = 200;

    /// <summary>
    /// Adds a feed; the error (bad URL, already subscribed) says what is wrong, nothing is stored then. The address is
    /// checked when the feed is polled, as every fetch is (a name can resolve elsewhere by then).
    /// </summary>
    public async Task<(FeedRow? Feed, string? Error)> AddAsync(string url, string? name, CancellationToken cancellationToken = default)
    {
        if (!WebFetcher.TryParseUrl(url, out var uri, out var error))
        {
            return (null, error);
        }

        name = string.IsNullOrWhiteSpace(name) ? uri.Host : name.Trim();
        if (name.Length > MaxNameLength)
        {
            return (null, $"the name is {name.Length} characters, over the {MaxNameLength}-character limit");
        }

        var address = uri.ToString();
        if (address.Length > 2000)
        {
            return (null, "the URL is over 2000 characters");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Feeds.AnyAsync(f => f.Url == address, cancellationToken))
        {
            return (null, $"{address} is already subscribed");
        }

        var feed = new Feed { Url = address, Name = name, AddedAt = timeProvider.GetUtcNow() };
        db.Feeds.Add(feed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return (null, $"{address} is already subscribed");
        }

        return (Row(feed), null);
    }

    public async Task<IReadOnlyList<FeedRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var feeds = await db.Feeds.AsNoTracking().OrderBy(f => f.Name).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        return feeds.Select(Row).ToList();
    }

    /// <summary>Removes the feed with this id or URL and its entry log; the articles it brought in stay.</summary>
    public async Task<FeedRow?> RemoveAsync(string idOrUrl, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var trimmed = idOrUrl.Trim();
        var feed = int.TryParse(trimmed, out var id)
            ? await db.Feeds.FirstOrDefaultAsync(f => f.Id == id, cancellationToken)
            : await db.Feeds.FirstOrDefaultAsync(f => f.Url == trimmed, cancellationToken)
              ?? (WebFetcher.TryParseUrl(trimmed, out var uri, out _) ? await db.Feeds.FirstOrDefaultAsync(f => f.Url == uri.ToString(), cancellationToken) : null);
        if (feed is null)
        {
            return null;
        }

        db.Feeds.Remove(feed);
        await db.SaveChangesAsync(cancellationToken);
        return Row(feed);
    }

    public async Task<bool> SetPausedAsync(int id, bool paused, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Feeds.Where(f => f.Id == id).ExecuteUpdateAsync(s => s.SetProperty(f => f.Paused, paused), cancellationToken) == 1;
    }

    private static FeedRow Row(Feed f) => new(f.Id, f.Name, f.Url, f.Paused, f.AddedAt, f.LastPolledAt, f.LastStatus, f.LastError, f.ArticlesFound, f.DeparturesFound, f.EntriesSkipped);
}
