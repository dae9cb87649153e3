namespace TalentWatch.Fetching.Feeds;

/// <summary>The <c>Feeds</c> configuration section.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>Whether the web app polls every feed on a schedule (false in tests; the CLI's <c>feeds poll</c> works regardless).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Entries read per feed and poll, newest as the feed orders them; a busy feed's backlog is not fetched at once.</summary>
    public int MaxEntriesPerPoll { get; set; } = 50;

    /// <summary>Polls that may try a failing entry before it is left alone (its error stays on record).</summary>
    public int MaxEntryAttempts { get; set; } = 3;
}
