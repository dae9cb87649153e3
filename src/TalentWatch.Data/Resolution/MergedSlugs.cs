using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Names;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Resolution;

/// <summary>
/// Where an address with an unknown slug should lead. A merge (R3) removes the duplicate's row but keeps its name as an alias
/// of the survivor, so an old slug's words (its <see cref="NameKey"/>) still find the record that now holds them: bookmarked
/// and shared links to a merged-away company or person keep working. Called only where a slug was not found, so the pages'
/// usual path pays nothing for it.
/// </summary>
public sealed class MergedSlugs(IDbContextFactory<TalentWatchDbContext> contextFactory)
{
    /// <summary>The slug of the company that holds the name behind <paramref name="slug"/>, or null when none does.</summary>
    public Task<string?> CompanyAsync(string slug, CancellationToken cancellationToken = default) =>
        SurvivorAsync(slug, (db, key) => db.CompanyAliases.Where(a => a.Key == key).Join(db.Companies, a => a.CompanyId, c => c.Id, (_, c) => c.Slug),
            cancellationToken);

    /// <summary>The slug of the person who holds the name behind <paramref name="slug"/>, or null when nobody does.</summary>
    public Task<string?> PersonAsync(string slug, CancellationToken cancellationToken = default) =>
        SurvivorAsync(slug, (db, key) => db.PersonAliases.Where(a => a.Key == key).Join(db.People, a => a.PersonId, p => p.Id, (_, p) => p.Slug),
            cancellationToken);

    private async Task<string?> SurvivorAsync(string slug, Func<TalentWatchDbContext, string, IQueryable<string>> slugsOfAliasKey,
        CancellationToken cancellationToken)
    {
        // Slugs and keys fold a name the same way ("thinking-machines-lab" and "Thinking Machines Lab" → "thinking machines lab").
        var key = NameKey.For(slug);
        if (key.Length == 0)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var survivor = await slugsOfAliasKey(db, key).FirstOrDefaultAsync(cancellationToken);
        return survivor == slug ? null : survivor;
    }
}
