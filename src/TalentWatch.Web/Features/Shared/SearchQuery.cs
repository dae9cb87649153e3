using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Search;
using TalentWatch.Data.Store;
using TalentWatch.Web.Infrastructure.Security;

namespace TalentWatch.Web.Features.Shared;

public sealed record SearchHit(string Kind, string Name, string Href);

/// <summary>
/// The app bar's search: companies and people by name or alias, through the store's indexed <see cref="TextSearch"/>
/// (wildcards literal) and the circuit's <see cref="SearchThrottle"/>. Pages that search call this or
/// <see cref="Departures.DepartureQueries"/>; neither builds its own LIKE.
/// </summary>
public sealed class SearchQuery(IDbContextFactory<TalentWatchDbContext> factory, SearchThrottle? throttle = null)
{
    public const int MaxHitsPerKind = 8;

    public async Task<IReadOnlyList<SearchHit>> FindAsync(string? text, CancellationToken cancellationToken = default)
    {
        if (TextSearch.Normalize(text) is not { } search)
        {
            return [];
        }

        if (throttle is not null && !await throttle.WaitAsync(cancellationToken))
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var companyIds = TextSearch.CompanyIds(db, search);
        var companies = await db.Companies
            .Where(c => companyIds.Contains(c.Id))
            .OrderBy(c => c.Name).Take(MaxHitsPerKind)
            .Select(c => new SearchHit("Company", c.Name, "/companies/" + c.Slug))
            .ToListAsync(cancellationToken);
        var personIds = await TextSearch.PersonIds(db, search).Take(TextSearch.MaxMatchedNames).ToListAsync(cancellationToken);
        var people = await db.People
            .Where(p => personIds.Contains(p.Id))
            .OrderBy(p => p.Name).Take(MaxHitsPerKind)
            .Select(p => new SearchHit("Person", p.Name, "/people/" + p.Slug))
            .ToListAsync(cancellationToken);
        return [.. companies, .. people];
    }
}
