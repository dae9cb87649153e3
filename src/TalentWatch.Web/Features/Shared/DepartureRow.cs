using TalentWatch.Core.Dates;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Store;

namespace TalentWatch.Web.Features.Shared;

public sealed record SourceRow(int? ArticleId, string? ArticleTitle, string? Publication, string? Url, string? Evidence);

/// <summary>One departure as the pages and the JSON API show it.</summary>
public sealed record DepartureRow(
    int Id,
    string? PersonName,
    string? PersonSlug,
    string Company,
    string CompanySlug,
    string? Destination,
    string? DestinationSlug,
    string? Date,
    string DateDisplay,
    string? Role,
    bool Founder,
    DepartureStatus Status,
    IReadOnlyList<SourceRow> Sources)
{
    public PrecisionDate PrecisionDate => TalentWatch.Web.Features.Shared.Dates.Of(Date);

    /// <summary>The destination is the company left ("Halcyon Systems → Halcyon Systems"): not a move, flagged for a reader to check.</summary>
    public bool IsSameCompany => DestinationSlug is not null && string.Equals(DestinationSlug, CompanySlug, StringComparison.Ordinal);
}

public static class DepartureProjection
{
    /// <summary>
    /// Loads the rows of a (paged) departure query, then their sources by departure id in a second query. One query with
    /// the sources joined makes SQLite materialise every source row joined to its article and scan that for each departure.
    /// </summary>
    public static async Task<List<DepartureRow>> ToRowsAsync(this IQueryable<Departure> query, TalentWatchDbContext db, CancellationToken cancellationToken)
    {
        var rows = await query.Select(d => new DepartureRowData(
            d.Id,
            d.Person == null ? null : d.Person.Name,
            d.Person == null ? null : d.Person.Slug,
            d.Company!.Name,
            d.Company.Slug,
            d.Destination == null ? null : d.Destination.Name,
            d.Destination == null ? null : d.Destination.Slug,
            d.DateText,
            d.Role,
            d.Founder == true,
            d.Status,
            new List<SourceRow>())).ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        foreach (var ids in byId.Keys.Chunk(500))
        {
            var sources = await db.DepartureSources.Where(s => ids.Contains(s.DepartureId))
                .OrderBy(s => s.Id)
                .Select(s => new
                {
                    s.DepartureId,
                    Row = new SourceRow(
                        s.ArticleId,
                        s.Article == null ? null : s.Article.Title,
                        s.Article == null ? null : s.Article.Source,
                        s.Url ?? (s.Article == null ? null : s.Article.Url),
                        s.Evidence),
                })
                .ToListAsync(cancellationToken);
            foreach (var source in sources)
            {
                byId[source.DepartureId].Sources.Add(source.Row);
            }
        }

        return [.. rows.Select(r => r.ToRow())];
    }

    public static DepartureRow ToRow(this DepartureRowData d) => new(
        d.Id, d.PersonName, d.PersonSlug, d.Company, d.CompanySlug, d.Destination, d.DestinationSlug, d.Date,
        TalentWatch.Web.Features.Shared.Dates.Of(d.Date).ToDisplayString(), d.Role, d.Founder, d.Status, d.Sources);
}

public sealed record DepartureRowData(
    int Id,
    string? PersonName,
    string? PersonSlug,
    string Company,
    string CompanySlug,
    string? Destination,
    string? DestinationSlug,
    string? Date,
    string? Role,
    bool Founder,
    DepartureStatus Status,
    List<SourceRow> Sources);
