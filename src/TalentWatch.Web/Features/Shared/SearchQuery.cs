using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Search;
using TalentWatch.Data.Store;
using TalentWatch.Web.Infrastructure.Security;

namespace TalentWatch.Web.Features.Shared;

/// <summary>
/// One line of the app bar's suggestions. <see cref="Detail"/> tells namesakes apart (a person's latest company); the
/// first line of every list is <see cref="SeeAll"/>, so Enter opens the results page and the arrows pick a hit.
/// </summary>
public sealed record SearchHit(string Kind, string Name, string Href, string? Detail = null)
{
    public const string AllResultsKind = "All results";

    public bool IsSeeAll => Kind == AllResultsKind;

    /// <summary>The entry that opens <c>/search?q=</c>; its name is the text itself, so choosing it leaves the box as typed.</summary>
    public static SearchHit SeeAll(string text) => new(AllResultsKind, text, Features.Search.SearchText.Href(text));
}

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
        if (!Features.Search.SearchText.TryRead(text, out var search, out _) || search is null)
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
            .Select(p => new SearchHit("Person", p.Name, "/people/" + p.Slug,
                db.Departures.Where(d => d.PersonId == p.Id && d.Status == DepartureStatus.Accepted)
                    .OrderByDescending(d => d.DateStart).ThenByDescending(d => d.Id)
                    .Select(d => d.Destination != null ? "at " + d.Destination.Name : "left " + d.Company!.Name)
                    .FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return [SearchHit.SeeAll(search), .. companies, .. people];
    }
}
