using Microsoft.Data.Sqlite;
using TalentWatch.Cli;
using TalentWatch.Fetching.Tests.Support;

namespace TalentWatch.Fetching.Tests.Cli;

/// <summary>
/// <c>talentwatch fetch</c> and <c>talentwatch feeds</c> as a user runs them, with their settings from the environment
/// (<c>Fetch__AllowPrivateNetworks</c>), against the local fixture site on 127.0.0.1. Here rather than in the CLI's test
/// project: the site needs ASP.NET Core (Kestrel), and a framework reference there would change which assemblies that
/// project's output has for the tests that start the built <c>talentwatch</c> in its own process.
/// </summary>
public sealed class FeedCommandTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("talentwatch-feed-cli-tests-").FullName;
    private LocalSite site = null!;

    private string Db => Path.Combine(directory, "store.db");

    public async Task InitializeAsync() => site = await LocalSite.StartAsync();

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    [Fact]
    public async Task Feeds_add_then_poll_accept_stores_the_departures_and_a_second_poll_nothing_new()
    {
        var allow = new Dictionary<string, string> { ["Fetch__AllowPrivateNetworks"] = "true" };
        var add = await RunAsync(allow, "feeds", "add", site.Url("feed.rss"), "--name", "The Circuit", "--db", Db);
        Assert.Equal(0, add.Exit);
        Assert.Contains("added feed 1: The Circuit", add.Out, StringComparison.Ordinal);

        var poll = await RunAsync(allow, "feeds", "poll", "--accept", "--db", Db);
        Assert.True(poll.Exit == 0, poll.Error);
        Assert.Contains("The Circuit: 2 article(s) imported, 2 departure(s), 0 already known, 1 skipped (no departure cue), 0 failed", poll.Out, StringComparison.Ordinal);

        var timeline = await RunAsync(allow, "timeline", "Fernhill AI", "--format", "csv", "--db", Db);
        Assert.Contains("Tobias Wren", timeline.Out, StringComparison.Ordinal);
        Assert.Contains("Microsoft", timeline.Out, StringComparison.Ordinal);

        var again = await RunAsync(allow, "feeds", "poll", "--accept", "--db", Db);
        Assert.Equal(0, again.Exit);
        Assert.Contains("The Circuit: unchanged since the last poll", again.Out, StringComparison.Ordinal);
        Assert.Contains("0 article(s) imported", again.Out, StringComparison.Ordinal);

        var list = await RunAsync(allow, "feeds", "list", "--db", Db);
        Assert.Contains("\tunchanged\t", list.Out, StringComparison.Ordinal);
        Assert.Contains("2 article(s), 2 departure(s), 1 skipped", list.Out, StringComparison.Ordinal);

        // Without the setting the same poll refuses the address, says why, and exits 1.
        var refused = await RunAsync(new Dictionary<string, string>(), "feeds", "poll", "--accept", "--db", Db);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("127.0.0.1 is refused: it resolves to 127.0.0.1, a loopback address", refused.Error, StringComparison.Ordinal);
        Assert.Contains("Fetch:AllowPrivateNetworks=true", refused.Error, StringComparison.Ordinal);

        var remove = await RunAsync(allow, "feeds", "remove", site.Url("feed.rss"), "--db", Db);
        Assert.Equal(0, remove.Exit);
        Assert.Contains("no feeds", (await RunAsync(allow, "feeds", "list", "--db", Db)).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_imports_a_page_once_and_reports_a_refused_or_unreadable_one()
    {
        var allow = new Dictionary<string, string> { ["Fetch__AllowPrivateNetworks"] = "true", ["Fetch__Timeout"] = "00:00:10", ["Fetch__Retries"] = "0" };
        var first = await RunAsync(allow, "fetch", site.Url("nieuws/maarten-de-vries"), "--db", Db);
        Assert.True(first.Exit == 0, first.Error);
        Assert.Contains("imported as article 1, 1 new departure(s)", first.Out, StringComparison.Ordinal);

        var second = await RunAsync(allow, "fetch", site.Url("nieuws/maarten-de-vries") + "?utm_source=mail", site.Url("report.pdf"), "--db", Db);
        Assert.Equal(1, second.Exit);
        Assert.Contains("skipped, already imported as article 1", second.Out, StringComparison.Ordinal);
        Assert.Contains("application/pdf is not a web page or a feed", second.Error, StringComparison.Ordinal);

        var bad = await RunAsync(allow, "fetch", "file:///etc/passwd", "--db", Db);
        Assert.Equal(1, bad.Exit);
        Assert.Contains("is not a web address", bad.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs the command in this process with <paramref name="environment"/> set for the call, as a shell would set it for
    /// the process (the command reads its settings from the environment). The class's tests run one after another.
    /// </summary>
    private static async Task<(int Exit, string Out, string Error)> RunAsync(Dictionary<string, string> environment, params string[] args)
    {
        string[] names = ["Fetch__AllowPrivateNetworks", "Fetch__Timeout", "Fetch__Retries"];
        foreach (var name in names)
        {
            Environment.SetEnvironmentVariable(name, environment.GetValueOrDefault(name));
        }

        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await TalentWatchCommandLine.InvokeAsync(args, output, error);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            foreach (var name in names)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }
}
