using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentWatch.Cli.Hosting;
using TalentWatch.Data.Imports.Articles;
using TalentWatch.Fetching;
using TalentWatch.Fetching.Http;
using TalentWatch.Fetching.Pages;

namespace TalentWatch.Cli.Feeds;

/// <summary><c>fetch URL... [--accept]</c>: web pages into the store as <c>import</c> does; a page seen before stores nothing.</summary>
public static class FetchCommand
{
    public static Command Create()
    {
        var urls = new Argument<string[]>("URL") { Description = "Web pages of news articles (http or https).", Arity = ArgumentArity.OneOrMore };
        var accept = new Option<bool>("--accept") { Description = "Store the departures as accepted (default: extracted, awaiting review)." };
        var db = StoreOption.Create();
        var command = new Command("fetch", "Download web pages, take the article's main text and metadata, and import them.") { urls, accept, db };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = CommandOutput.Out(parseResult);
            var error = CommandOutput.Error(parseResult);
            var inputs = parseResult.GetValue(urls) ?? [];
            foreach (var input in inputs)
            {
                if (!WebFetcher.TryParseUrl(input, out _, out var problem))
                {
                    await error.WriteLineAsync(problem);
                    return ExitCodes.BadInput;
                }
            }

            await using var services = await StoreOption.OpenAsync(parseResult.GetValue(db), cancellationToken, AddFetching);
            var importer = services.GetRequiredService<WebArticleImporter>();
            int imported = 0, skipped = 0, failed = 0, added = 0, merged = 0;
            foreach (var input in inputs)
            {
                var result = await importer.ImportAsync(input, parseResult.GetValue(accept), cancellationToken: cancellationToken);
                switch (result.Outcome)
                {
                    case ArticleImportOutcome.Imported:
                        imported++;
                        added += result.DeparturesAdded;
                        merged += result.DeparturesMerged;
                        await output.WriteLineAsync($"{input}: imported as article {result.ArticleId}, {result.DeparturesAdded} new departure(s), {result.DeparturesMerged} merged, {result.ClaimsAdded} claim(s)");
                        break;
                    case ArticleImportOutcome.LanguageNotSupported:
                        imported++;
                        await output.WriteLineAsync($"{input}: stored as article {result.ArticleId}, language not supported (only English and Dutch are extracted)");
                        break;
                    case ArticleImportOutcome.Duplicate:
                        skipped++;
                        await output.WriteLineAsync($"{input}: skipped, already imported as article {result.ArticleId} (same address or same text)");
                        break;
                    default:
                        failed++;
                        await error.WriteLineAsync(result.Error);
                        break;
                }
            }

            await output.WriteLineAsync($"{imported} page(s) imported, {skipped} skipped, {failed} failed; {added} departure(s) added, {merged} merged");
            return failed > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Fetching and feeds over the store; logging stays quiet (warnings) so the command's own lines are what is read.</summary>
    internal static void AddFetching(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Error)).AddTalentWatchFetching(configuration);
}
