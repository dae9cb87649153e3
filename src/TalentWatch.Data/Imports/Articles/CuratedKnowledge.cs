using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Store;
using TalentWatch.Extraction;
using TalentWatch.Extraction.Knowledge;

namespace TalentWatch.Data.Imports.Articles;

/// <summary>
/// The store as extraction knowledge: the companies and people of accepted departures, with every alias an editor gave them,
/// joined with the extractor's shipped files. A team's curation types the names of the next article it imports ("Ostrava" is
/// the company it accepted as Ostrava Dynamics). Read once a minute at most: imports come in batches, and a name accepted a
/// minute ago rarely decides the next article.
/// </summary>
public sealed class CuratedKnowledge(IDbContextFactory<TalentWatchDbContext> contextFactory, DepartureExtractor extractor, TimeProvider timeProvider)
    : IDisposable
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim loading = new(1, 1);
    private (ExtractionKnowledge Knowledge, DateTimeOffset LoadedAt)? current;

    public async Task<ExtractionKnowledge> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (current is { } fresh && timeProvider.GetUtcNow() - fresh.LoadedAt < FreshFor)
        {
            return fresh.Knowledge;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            if (current is { } loaded && timeProvider.GetUtcNow() - loaded.LoadedAt < FreshFor)
            {
                return loaded.Knowledge;
            }

            var knowledge = await LoadAsync(cancellationToken);
            current = (knowledge, timeProvider.GetUtcNow());
            return knowledge;
        }
        finally
        {
            loading.Release();
        }
    }

    /// <summary>What was read last, without waiting (the shipped knowledge before the first read); starts a read when it is stale.
    /// For callers that cannot wait, such as a preview while the editor types.</summary>
    public ExtractionKnowledge Latest
    {
        get
        {
            if (current is not { } known || timeProvider.GetUtcNow() - known.LoadedAt >= FreshFor)
            {
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await CurrentAsync();
                    }
                    catch (Exception e) when (e is InvalidOperationException or DbException or ObjectDisposedException or OperationCanceledException)
                    {
                        // The next call tries again; the preview goes on with what it has.
                    }
                });
            }

            return current?.Knowledge ?? extractor.Knowledge;
        }
    }

    public void Dispose() => loading.Dispose();

    /// <summary>Forgets what was read, so the next import sees a change at once (after an import or an edit in this process).</summary>
    public void Invalidate() => current = null;

    private async Task<ExtractionKnowledge> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var accepted = db.Departures.AsNoTracking().Where(d => d.Status == DepartureStatus.Accepted);
        var companyIds = accepted.Select(d => d.CompanyId)
            .Union(accepted.Where(d => d.DestinationId != null).Select(d => d.DestinationId!.Value));
        var companyAliases = await db.CompanyAliases.AsNoTracking()
            .Where(a => companyIds.Contains(a.CompanyId))
            .Select(a => new { a.CompanyId, a.Name })
            .ToListAsync(cancellationToken);
        var personIds = accepted.Where(d => d.PersonId != null).Select(d => d.PersonId!.Value);
        var personAliases = await db.PersonAliases.AsNoTracking()
            .Where(a => personIds.Contains(a.PersonId))
            .Select(a => new { a.PersonId, a.Name })
            .ToListAsync(cancellationToken);

        var companies = companyAliases.GroupBy(a => a.CompanyId)
            .Select(g => new CuratedName(g.First().Name, g.Skip(1).Select(a => a.Name).ToList()));
        var people = personAliases.GroupBy(a => a.PersonId)
            .Select(g => new CuratedName(g.First().Name, g.Skip(1).Select(a => a.Name).ToList()));
        return extractor.Knowledge.WithCurated(companies, people);
    }
}
