using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Search;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Companies;

namespace TalentWatch.Web.Features.People;

/// <summary>A person in the people index: their latest accepted departure tells namesakes apart.</summary>
public sealed record PersonListRow(string Name, string Slug, int Departures, string? LatestCompany, string? LatestCompanySlug, string? LatestDestination, string? LatestDate)
{
    public string LatestDateDisplay => TalentWatch.Web.Features.Shared.Dates.Of(LatestDate).ToDisplayString();
}

/// <summary>The people index <c>/people</c>: people with an accepted departure, by name, paged in the database.</summary>
public sealed class PeopleQuery(IDbContextFactory<TalentWatchDbContext> factory)
{
    public const int PageSize = 50;

    public async Task<Page<PersonListRow>> ListAsync(string? search, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var people = db.People.Where(p => db.Departures.Any(d => d.PersonId == p.Id && d.Status == DepartureStatus.Accepted));
        if (TextSearch.Normalize(search) is { } text)
        {
            // The store's one text search (decision H4): indexed, and % or _ typed into the box match themselves.
            var ids = await TextSearch.PersonIds(db, text).Take(TextSearch.MaxMatchedNames).ToListAsync(cancellationToken);
            people = people.Where(p => ids.Contains(p.Id));
        }

        var total = await people.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await people.OrderBy(p => p.Name).ThenBy(p => p.Slug)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new
            {
                p.Name,
                p.Slug,
                Departures = db.Departures.Count(d => d.PersonId == p.Id && d.Status == DepartureStatus.Accepted),
                Latest = db.Departures.Where(d => d.PersonId == p.Id && d.Status == DepartureStatus.Accepted)
                    .OrderByDescending(d => d.DateStart).ThenByDescending(d => d.Id)
                    .Select(d => new { Company = d.Company!.Name, CompanySlug = d.Company.Slug, Destination = d.Destination == null ? null : d.Destination.Name, d.DateText })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new Page<PersonListRow>(
            [.. rows.Select(r => new PersonListRow(r.Name, r.Slug, r.Departures, r.Latest?.Company, r.Latest?.CompanySlug, r.Latest?.Destination, r.Latest?.DateText))],
            total, page, PageSize);
    }
}
