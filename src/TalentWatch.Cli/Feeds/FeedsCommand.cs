using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Cli.Hosting;
using TalentWatch.Core.Feeds;
using TalentWatch.Fetching.Feeds;

namespace TalentWatch.Cli.Feeds;

/// <summary><c>feeds add URL [--name N]</c>, <c>feeds list</c>, <c>feeds remove ID|URL</c>, <c>feeds poll [--accept]</c>.</summary>
public static class FeedsCommand
{
    public static Command Create()
    {
        var command = new Command("feeds", "RSS and Atom subscriptions: each poll fetches the new entries' pages and imports them.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(Poll());
        return command;
    }

    private static Command Add()
    {
        var url = new Argument<string>("URL") { Description = "The feed's address (RSS 2.0 or Atom 1.0, http or https)." };
        var name = new Option<string?>("--name") { Description = "A name to show (default: the site's host name).", HelpName = "N" };
        var db = StoreOption.Create();
        var command = new Command("add", "Subscribe to a feed.") { url, name, db };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await StoreOption.OpenAsync(parseResult.GetValue(db), cancellationToken, FetchCommand.AddFetching);
            var (feed, error) = await services.GetRequiredService<FeedSubscriptions>().AddAsync(parseResult.GetValue(url)!, parseResult.GetValue(name), cancellationToken);
            if (feed is null)
            {
                await CommandOutput.Error(parseResult).WriteLineAsync($"feeds add: {error}");
                return ExitCodes.BadInput;
            }

            await CommandOutput.Out(parseResult).WriteLineAsync($"added feed {feed.Id}: {feed.Name} ({feed.Url})");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var db = StoreOption.Create();
        var command = new Command("list", "The feeds, with their last poll, status and what they brought in.") { db };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await StoreOption.OpenAsync(parseResult.GetValue(db), cancellationToken, FetchCommand.AddFetching);
            var feeds = await services.GetRequiredService<FeedSubscriptions>().ListAsync(cancellationToken);
            var output = CommandOutput.Out(parseResult);
            if (feeds.Count == 0)
            {
                await output.WriteLineAsync("no feeds; add one with 'talentwatch feeds add URL'");
                return ExitCodes.Success;
            }

            foreach (var f in feeds)
            {
                var polled = f.LastPolledAt is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never";
                await output.WriteLineAsync(
                    $"{f.Id}\t{f.Name}\t{f.Url}\t{(f.Paused ? "paused" : StatusText(f.LastStatus))}\tlast poll {polled}\t" +
                    $"{f.ArticlesFound} article(s), {f.DeparturesFound} departure(s), {f.EntriesSkipped} skipped" +
                    (f.LastError is null ? "" : $"\terror: {f.LastError}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Remove()
    {
        var target = new Argument<string>("ID|URL") { Description = "The feed's number (see 'feeds list') or its address." };
        var db = StoreOption.Create();
        var command = new Command("remove", "Unsubscribe from a feed; the articles it brought in stay.") { target, db };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await StoreOption.OpenAsync(parseResult.GetValue(db), cancellationToken, FetchCommand.AddFetching);
            var removed = await services.GetRequiredService<FeedSubscriptions>().RemoveAsync(parseResult.GetValue(target)!, cancellationToken);
            if (removed is null)
            {
                await CommandOutput.Error(parseResult).WriteLineAsync($"feeds remove: no feed has the id or address '{parseResult.GetValue(target)}'");
                return ExitCodes.BadInput;
            }

            await CommandOutput.Out(parseResult).WriteLineAsync($"removed feed {removed.Id}: {removed.Name} ({removed.Url})");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Poll()
    {
        var accept = new Option<bool>("--accept") { Description = "Store the departures as accepted (default: extracted, awaiting review)." };
        var db = StoreOption.Create();
        var command = new Command("poll", "Poll every feed that is not paused: new entries' pages are fetched and imported.") { accept, db };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await StoreOption.OpenAsync(parseResult.GetValue(db), cancellationToken, FetchCommand.AddFetching);
            var report = await services.GetRequiredService<FeedPoller>().PollAsync(parseResult.GetValue(accept), cancellationToken: cancellationToken);
            var output = CommandOutput.Out(parseResult);
            var error = CommandOutput.Error(parseResult);
            if (report.Busy)
            {
                await error.WriteLineAsync("feeds poll: another poll is running on this store; try again when it has finished");
                return ExitCodes.BadInput;
            }

            foreach (var f in report.Feeds)
            {
                var line = f.Status switch
                {
                    FeedPollStatus.NotModified => $"{f.Name}: unchanged since the last poll",
                    FeedPollStatus.Failed => null,
                    _ => $"{f.Name}: {f.Imported} article(s) imported, {f.Departures} departure(s), {f.Duplicates} already known, {f.Skipped} skipped (no departure cue), {f.Failed} failed",
                };
                if (line is not null)
                {
                    await output.WriteLineAsync(line);
                }

                if (f.Error is not null)
                {
                    await error.WriteLineAsync($"{f.Name}: {f.Error}");
                }
            }

            await output.WriteLineAsync(
                $"{report.Feeds.Count} feed(s) polled; {report.Feeds.Sum(f => f.Imported)} article(s) imported, {report.Feeds.Sum(f => f.Departures)} departure(s), " +
                $"{report.Feeds.Sum(f => f.Skipped)} entries skipped, {report.Feeds.Count(f => f.Error is not null)} feed(s) with errors");
            return report.AnyFailed ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    private static string StatusText(FeedPollStatus status) => status switch
    {
        FeedPollStatus.NeverPolled => "not polled yet",
        FeedPollStatus.Ok => "ok",
        FeedPollStatus.NotModified => "unchanged",
        _ => "failed",
    };
}
