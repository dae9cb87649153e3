using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Search;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Features.Shared;

namespace TalentWatch.Web.Features.Departures;

public sealed record FlowEdge(string Company, string Destination, int Departures);

public sealed record NamedSlug(string Name, string Slug);

/// <summary>The departures explorer and <c>/api/departures</c>: filtered and paged in the database.</summary>
public sealed class DepartureQueries(IDbContextFactory<TalentWatchDbContext> factory, Infrastructure.Security.SearchThrottle? throttle = null)
{
    public const int DefaultPageSize = 25;
    public const string UnknownDestination = "Unknown employer";

    /// <summary>
    /// The filter as a query over accepted departures. Text goes through <see cref="TextSearch"/> (indexed, wildcards
    /// literal), whose matching ids are read first; hence async and on the context the query will run on.
    /// </summary>
    public static async Task<IQueryable<Departure>> ApplyAsync(TalentWatchDbContext db, DepartureFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.Departures.Where(d => d.Status == DepartureStatus.Accepted);
        if (filter.From is { } from)
        {
            query = query.Where(d => d.Company!.Slug == from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(d => d.Destination != null && d.Destination.Slug == to);
        }

        if (filter.Quarter is { } quarter)
        {
            var (start, end) = (quarter.Start, quarter.End);
            query = query.Where(d => d.DateStart != null && d.DateStart >= start && d.DateEnd <= end);
        }

        if (filter.FoundersOnly)
        {
            query = query.Where(d => d.Founder == true);
        }

        if (TextSearch.Normalize(filter.Text) is { } text)
        {
            query = await TextSearch.WhereMatchesAsync(db, query, text, cancellationToken);
        }

        return query;
    }

    /// <summary>One page of the filtered departures, newest first, undated last, with the total. A text search waits for the circuit's search throttle.</summary>
    public async Task<Page<DepartureRow>> SearchAsync(DepartureFilter filter, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        if (filter.Text is not null && throttle is not null)
        {
            await throttle.WaitAsync(cancellationToken);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var query = await ApplyAsync(db, filter, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var dated = await query.CountAsync(d => d.DateStart != null, cancellationToken);
        var rows = await NewestFirst.PageAsync(db, query, dated, (filter.Page - 1) * pageSize, pageSize, NewestDatedFirst, cancellationToken);
        return new Page<DepartureRow>(rows, total, filter.Page, pageSize);
    }

    /// <summary>
    /// Every matching row, newest first, undated last: unbounded, so only for a download that streams and is rate-limited
    /// (the JSON API pages with <see cref="SearchAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<DepartureRow>> AllAsync(DepartureFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var query = await ApplyAsync(db, filter, cancellationToken);
        var dated = await NewestDatedFirst(query.Where(d => d.DateStart != null)).ToRowsAsync(db, cancellationToken);
        var undated = await query.Where(d => d.DateStart == null).OrderBy(d => d.Id).ToRowsAsync(db, cancellationToken);
        return [.. dated, .. undated];
    }

    /// <summary>Talent flow for the filtered set: company left → destination employer, grouped by ids in the database (names joined to the groups only); the largest <paramref name="top"/> only when given.</summary>
    public async Task<IReadOnlyList<FlowEdge>> FlowAsync(DepartureFilter filter, int? top = null, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var groups = (await ApplyAsync(db, filter, cancellationToken))
            .GroupBy(d => new { d.CompanyId, d.DestinationId })
            .Select(g => new { g.Key.CompanyId, g.Key.DestinationId, Count = g.Count() });
        var named =
            from g in groups
            join company in db.Companies on g.CompanyId equals company.Id
            join destination in db.Companies on g.DestinationId equals destination.Id into destinations
            from destination in destinations.DefaultIfEmpty()
            select new { Company = company.Name, Destination = destination == null ? UnknownDestination : destination.Name, g.Count };
        var ordered = named.OrderByDescending(e => e.Count).ThenBy(e => e.Company).ThenBy(e => e.Destination);
        var edges = await (top is { } n ? ordered.Take(n) : ordered).ToListAsync(cancellationToken);
        return [.. edges.Select(e => new FlowEdge(e.Company, e.Destination, e.Count))
            .OrderByDescending(e => e.Departures).ThenBy(e => e.Company, StringComparer.Ordinal).ThenBy(e => e.Destination, StringComparer.Ordinal)];
    }

    /// <summary>How many distinct company → destination flows the filtered set has (counted in the database).</summary>
    public async Task<int> FlowCountAsync(DepartureFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await (await ApplyAsync(db, filter, cancellationToken)).Select(d => new { d.CompanyId, d.DestinationId }).Distinct().CountAsync(cancellationToken);
    }

    /// <summary>
    /// Options for the filter selects: companies left and destination employers that occur in accepted departures, each an
    /// EXISTS probe on an index per company rather than a DISTINCT over every departure.
    /// </summary>
    public async Task<(IReadOnlyList<NamedSlug> Companies, IReadOnlyList<NamedSlug> Destinations)> OptionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var companies = await db.Companies
            .Where(c => db.Departures.Any(d => d.CompanyId == c.Id && d.Status == DepartureStatus.Accepted))
            .Select(c => new NamedSlug(c.Name, c.Slug)).ToListAsync(cancellationToken);
        var destinations = await db.Companies
            .Where(c => db.Departures.Any(d => d.DestinationId == c.Id && d.Status == DepartureStatus.Accepted))
            .Select(c => new NamedSlug(c.Name, c.Slug)).ToListAsync(cancellationToken);
        return ([.. companies.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)], [.. destinations.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>Dated departures newest first (a more precise date before a vaguer one starting the same day); follows the (Status, DateStart, DateEnd) index.</summary>
    private static IOrderedQueryable<Departure> NewestDatedFirst(IQueryable<Departure> dated) =>
        dated.OrderByDescending(d => d.DateStart).ThenBy(d => d.DateEnd).ThenBy(d => d.Id);
}

/// <summary>Sankey data: the chart needs distinct node names on the two sides.</summary>
public static class TalentFlow
{
    public const string DestinationSuffix = " ";

    /// <summary>Edges from "Company" to "Destination"; a name on both sides gets a trailing marker so the graph stays acyclic.</summary>
    public static IReadOnlyList<(string Source, string Target, double Weight)> Edges(IReadOnlyList<FlowEdge> flow, int maxEdges = 30)
    {
        var sources = flow.Select(f => f.Company).ToHashSet(StringComparer.Ordinal);
        return [.. flow.Take(maxEdges).Select(f => (f.Company, sources.Contains(f.Destination) ? f.Destination + " (joined)" : f.Destination, (double)f.Departures))];
    }
}
