using Microsoft.Extensions.Logging;

namespace TalentWatch.Data.Imports.Articles;

/// <summary>
/// The seed articles, imported and accepted on start-up so a new user finds data at once. Safe to run on every start: an
/// article already stored (same text) is skipped.
/// </summary>
public sealed class SeedImporter(ArticleImporter importer, ILogger<SeedImporter> logger)
{
    public async Task ImportAsync(string seedsDirectory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(seedsDirectory))
        {
            logger.LogWarning("No seed directory at {SeedsDirectory}; starting without seed articles", seedsDirectory);
            return;
        }

        foreach (var file in ArticleImporter.ArticleFiles(seedsDirectory))
        {
            var result = await importer.ImportFileAsync(file, accept: true, cancellationToken: cancellationToken);
            switch (result.Outcome)
            {
                case ArticleImportOutcome.Failed:
                    logger.LogError("Seed article {File} could not be imported: {Error}", file, result.Error);
                    break;
                case ArticleImportOutcome.Duplicate:
                    break;
                default:
                    logger.LogInformation("Imported seed article {File}: {Added} departures, {Claims} claims", file, result.DeparturesAdded, result.ClaimsAdded);
                    break;
            }
        }
    }
}
