namespace TalentWatch.Fetching.Http;

/// <summary>The <c>Fetch</c> configuration section: how politely and how safely pages and feeds are downloaded.</summary>
public sealed class FetchOptions
{
    public const string Section = "Fetch";

    /// <summary>Names the app and a contact address, so a site's operator can tell who is calling.</summary>
    public string UserAgent { get; set; } = "TalentWatch/1.0 (+https://github.com/talentwatch/talentwatch; news-analysis feed reader)";

    /// <summary>For one attempt (connect, headers and body).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Largest body read; a bigger page or feed is refused, not cut.</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Tries after the first on a timeout, a connection failure, 408, 429 or 5xx; the wait doubles each time.</summary>
    public int Retries { get; set; } = 2;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// False (default): loopback, private, link-local (cloud metadata) and unique-local addresses are refused, so a
    /// submitted URL cannot reach the server's own network. True only for a local test server or an intranet feed.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }
}
