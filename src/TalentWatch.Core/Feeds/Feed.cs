namespace TalentWatch.Core.Feeds;

/// <summary>An RSS or Atom subscription: polled on a schedule, each new entry's page fetched and imported as an article.</summary>
public sealed class Feed
{
    public int Id { get; set; }

    /// <summary>The feed's address as added (absolute http or https).</summary>
    public required string Url { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    /// <summary>A paused feed is left out of scheduled polls and "poll all".</summary>
    public bool Paused { get; set; }

    /// <summary>Validators of the last 200 response, sent back so an unchanged feed costs a 304.</summary>
    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    public DateTimeOffset? LastPolledAt { get; set; }

    public FeedPollStatus LastStatus { get; set; }

    /// <summary>Why the last poll failed, in words; null after a poll that worked.</summary>
    public string? LastError { get; set; }

    /// <summary>Totals over every poll: articles stored, departures they reported, entries the pre-filter left out.</summary>
    public int ArticlesFound { get; set; }

    public int DeparturesFound { get; set; }

    public int EntriesSkipped { get; set; }

    public List<FeedEntry> Entries { get; set; } = [];
}

public enum FeedPollStatus
{
    NeverPolled,
    Ok,
    NotModified,
    Failed,
}

/// <summary>One entry of a feed as seen by a poll: recorded once, so the next poll only looks at new entries.</summary>
public sealed class FeedEntry
{
    public int Id { get; set; }

    public int FeedId { get; set; }

    public Feed? Feed { get; set; }

    /// <summary>SHA-256 (hex) of the entry's id, else its link: unique per feed, small enough to index.</summary>
    public required string Key { get; set; }

    public string? Link { get; set; }

    public string? Title { get; set; }

    public DateTimeOffset SeenAt { get; set; }

    public FeedEntryOutcome Outcome { get; set; }

    public int? ArticleId { get; set; }

    public string? Error { get; set; }

    /// <summary>Fetch attempts so far; a failed entry is tried again on later polls up to a limit.</summary>
    public int Attempts { get; set; }
}

public enum FeedEntryOutcome
{
    /// <summary>Claimed by a poll that has not finished it yet.</summary>
    Pending,
    Imported,
    Duplicate,
    Skipped,
    Failed,
}
