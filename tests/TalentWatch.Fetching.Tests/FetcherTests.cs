using System.Net;
using TalentWatch.Fetching.Http;
using TalentWatch.Fetching.Tests.Support;

namespace TalentWatch.Fetching.Tests;

/// <summary>The fetcher against the local site: limits, conditional GET, retries, and SSRF refusals.</summary>
public sealed class FetcherTests : IAsyncLifetime
{
    /// <summary>A short timeout for the tests of a server that never answers.</summary>
    internal static readonly Dictionary<string, string?> Silent = new() { ["Fetch:Timeout"] = "00:00:01" };

    private LocalSite site = null!;

    public async Task InitializeAsync() => site = await LocalSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task A_repeated_conditional_get_of_an_unchanged_feed_is_a_304()
    {
        await using var store = new FetchingStore();
        var fetcher = store.Get<WebFetcher>();
        var first = await fetcher.FetchAsync(new Uri(site.Url("feed.rss")));
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Contains("<rss", first.Text, StringComparison.Ordinal);

        var second = await fetcher.FetchAsync(new Uri(site.Url("feed.rss")), new Validators(first.ETag, first.LastModified));
        Assert.True(second.NotModified);
        Assert.Equal(2, site.Hits("/feed.rss"));
    }

    [Fact]
    public async Task Redirects_are_followed_up_to_five_and_no_further()
    {
        await using var store = new FetchingStore();
        var fetcher = store.Get<WebFetcher>();
        var followed = await fetcher.FetchAsync(new Uri(site.Url("chain/3")));
        Assert.EndsWith("/news/tobias-wren-leaves-fernhill", followed.FinalUri.AbsolutePath, StringComparison.Ordinal);

        var tooMany = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(site.Url("chain/7"))));
        Assert.Contains("more than 5 redirects", tooMany.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_cap_a_pdf_and_a_silent_server_are_refused_with_a_reason()
    {
        await using var store = new FetchingStore();
        var fetcher = store.Get<WebFetcher>();

        var big = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(site.Url("big"))));
        Assert.Contains("over the 5242880-byte limit", big.Message, StringComparison.Ordinal);

        var pdf = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(site.Url("report.pdf"))));
        Assert.Contains("application/pdf is not a web page or a feed", pdf.Message, StringComparison.Ordinal);

        await using var impatient = new FetchingStore(Silent);
        var hang = await Assert.ThrowsAsync<FetchException>(() => impatient.Get<WebFetcher>().FetchAsync(new Uri(site.Url("hang"))));
        Assert.Contains("no answer within 1 s", hang.Message, StringComparison.Ordinal);
        Assert.True(hang.Transient);
        Assert.Equal(2, site.Hits("/hang")); // the first try and one retry (Fetch:Retries=1 in tests)
    }

    [Fact]
    public async Task A_503_is_tried_again_after_a_pause()
    {
        await using var store = new FetchingStore();
        var fetched = await store.Get<WebFetcher>().FetchAsync(new Uri(site.Url("flaky")));
        Assert.Equal(HttpStatusCode.OK, fetched.Status);
        Assert.Equal(2, site.Hits("/flaky"));
    }

    [Fact]
    public async Task Each_request_names_the_app_in_its_user_agent()
    {
        await using var store = new FetchingStore(new Dictionary<string, string?> { ["Fetch:UserAgent"] = "TalentWatch-test (+https://example.org/contact)" });
        Assert.Equal("TalentWatch-test (+https://example.org/contact)", store.Get<WebFetcher>().Options.UserAgent);
        var fetched = await store.Get<WebFetcher>().FetchAsync(new Uri(site.Url("feed.atom")));
        Assert.Equal("application/atom+xml", fetched.MediaType);
    }

    [Theory]
    [InlineData("http://127.0.0.1:{PORT}/feed.rss", "loopback")]
    [InlineData("http://localhost:{PORT}/feed.rss", "loopback")]
    [InlineData("http://10.20.30.40/feed.rss", "private address (10.0.0.0/8)")]
    [InlineData("http://192.168.1.1/", "private address (192.168.0.0/16)")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://[::1]:{PORT}/feed.rss", "loopback")]
    [InlineData("http://[fd00::1]/", "unique-local")]
    public async Task By_default_private_addresses_are_refused_before_connecting(string url, string reason)
    {
        await using var store = new FetchingStore(trustLocalSite: false);
        var target = new Uri(url.Replace("{PORT}", site.BaseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var refused = await Assert.ThrowsAsync<BlockedAddressException>(() => store.Get<WebFetcher>().FetchAsync(target));
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Contains("Fetch:AllowPrivateNetworks", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, site.Hits("/feed.rss"));
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://10.0.0.1/admin", "private address (10.0.0.0/8)")]
    [InlineData("http://127.0.0.2:{PORT}/feed.rss", "loopback")]
    public async Task A_redirect_to_a_private_address_is_refused(string to, string reason)
    {
        // The site (127.0.0.1) counts as public here; where it redirects does not.
        await using var store = new FetchingStore();
        var target = to.Replace("{PORT}", site.BaseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<BlockedAddressException>(() =>
            store.Get<WebFetcher>().FetchAsync(new Uri(site.Url("redirect?to=" + Uri.EscapeDataString(target)))));
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, site.Hits("/redirect")); // refused, not retried
        Assert.Equal(0, site.Hits("/feed.rss"));
    }

    [Fact]
    public async Task With_private_networks_allowed_the_local_server_is_fetched()
    {
        await using var store = new FetchingStore(new Dictionary<string, string?> { ["Fetch:AllowPrivateNetworks"] = "true" }, trustLocalSite: false);
        var fetched = await store.Get<WebFetcher>().FetchAsync(new Uri(site.Url("feed.rss")));
        Assert.Equal(HttpStatusCode.OK, fetched.Status);
    }

    [Theory]
    [InlineData("8.8.8.8", null)]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.32.0.1", null)]
    [InlineData("100.64.1.1", "carrier-grade")]
    [InlineData("0.0.0.0", "this network")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("2002:a9fe:a9fe::1", "link-local")]
    [InlineData("2606:4700::1111", null)]
    public void Address_policy(string address, string? reason)
    {
        var refusal = AddressPolicy.RefusalReason(IPAddress.Parse(address));
        if (reason is null)
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.Contains(reason, refusal, StringComparison.Ordinal);
        }
    }
}
