using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Search;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Features.Shared;

namespace TalentWatch.Web.Features.Departures;

/// <summary>Departures from one company to one destination; the slugs let a chart band link to the explorer filtered to it.</summary>
public sealed record FlowEdge(string Company, string Destination, int Departures)
{
    public string? CompanySlug { get; init; }

    /// <summary>Null for the unknown destination.</summary>
    public string? DestinationSlug { get; init; }
}

public sealed record NamedSlug(string Name, string Slug);

/// <summary>The explorer's charts for a filter (they do not depend on its page or order).</summary>
public sealed record ExplorerFlows(IReadOnlyList<FlowEdge> Flow, int FlowTotal, Dashboard.QuarterStack OverTime);

/// <summary>The departures explorer and <c>/api/departures</c>: filtered and paged in the database.</summary>
public sealed class DepartureQueries(
    IDbContextFactory<TalentWatchDbContext> factory,
    Infrastructure.Security.SearchThrottle? throttle = null,
    Infrastructure.Caching.StoreCache? cache = null)
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

        if (filter.Since is { } since)
        {
            query = query.Where(d => d.DateStart != null && d.DateStart >= since);
        }

        if (filter.Until is { } until)
        {
            query = query.Where(d => d.DateEnd != null && d.DateEnd <= until);
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

    /// <summary>
    /// One page of the filtered rows in the filter's order. A page past the last is clamped to the last (the page says so),
    /// so a stale or edited address never shows an empty table. A text search waits for the circuit's search throttle.
    /// </summary>
    public async Task<Page<DepartureRow>> SearchAsync(DepartureFilter filter, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        await ThrottleAsync(filter, cancellationToken);
        return await ReadPageAsync(filter, pageSize, cancellationToken);
    }

    /// <summary>
    /// <see cref="SearchAsync"/> for the explorer's page and the dashboard: the same page, kept until the store changes (when
    /// a <see cref="Infrastructure.Caching.StoreCache"/> is registered). A text search still waits for the search throttle.
    /// </summary>
    public async Task<Page<DepartureRow>> CachedPageAsync(DepartureFilter filter, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        await ThrottleAsync(filter, cancellationToken);
        return cache is null
            ? await ReadPageAsync(filter, pageSize, cancellationToken)
            : await cache.GetAsync($"departures/page{filter.ToQueryString()}#{pageSize}", token => ReadPageAsync(filter, pageSize, token), cancellationToken);
    }

    /// <summary>The talent flow (the largest <paramref name="top"/>), the number of flows and the flows over time, kept until the store changes.</summary>
    public async Task<ExplorerFlows> FlowsAsync(DepartureFilter filter, int top, CancellationToken cancellationToken = default)
    {
        var unordered = filter with { Page = 1, Sort = DepartureSort.Date, Descending = true };
        async Task<ExplorerFlows> ComputeAsync(CancellationToken token) => new(
            await FlowAsync(unordered, top, token), await FlowCountAsync(unordered, token), await FlowsOverTimeAsync(unordered, cancellationToken: token));
        return cache is null
            ? await ComputeAsync(cancellationToken)
            : await cache.GetAsync($"departures/flows{unordered.ToQueryString()}#{top}", ComputeAsync, cancellationToken);
    }

    private async Task ThrottleAsync(DepartureFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Text is not null && throttle is not null)
        {
            await throttle.WaitAsync(cancellationToken);
        }
    }

    private async Task<Page<DepartureRow>> ReadPageAsync(DepartureFilter filter, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var query = await ApplyAsync(db, filter, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Min(filter.Page, pageCount);
        var skip = (page - 1) * pageSize;
        List<DepartureRow> rows;
        if (filter.Sort == DepartureSort.Date)
        {
            var dated = await query.CountAsync(d => d.DateStart != null, cancellationToken);
            rows = await NewestFirst.PageAsync(db, query, dated, skip, pageSize, filter.Descending ? NewestDatedFirst : OldestDatedFirst, cancellationToken);
        }
        else
        {
            rows = await Ordered(query, filter.Sort, filter.Descending).Skip(skip).Take(pageSize).ToRowsAsync(db, cancellationToken);
        }

        return new Page<DepartureRow>(rows, total, page, pageSize);
    }

    /// <summary>
    /// Every matching row in the filter's order (by date, undated rows last): unbounded, so only for a download that is
    /// rate-limited (the JSON API pages with <see cref="SearchAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<DepartureRow>> AllAsync(DepartureFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var query = await ApplyAsync(db, filter, cancellationToken);
        if (filter.Sort != DepartureSort.Date)
        {
            return await Ordered(query, filter.Sort, filter.Descending).ToRowsAsync(db, cancellationToken);
        }

        var order = filter.Descending ? (Func<IQueryable<Departure>, IOrderedQueryable<Departure>>)NewestDatedFirst : OldestDatedFirst;
        var dated = await order(query.Where(d => d.DateStart != null)).ToRowsAsync(db, cancellationToken);
        var undated = await query.Where(d => d.DateStart == null).OrderBy(d => d.Id).ToRowsAsync(db, cancellationToken);
        return [.. dated, .. undated];
    }

    /// <summary>
    /// The slug of the company a filter value names: the value itself when it is a slug, else the company whose name or alias
    /// it is (any case or accents, "Halcyon Systems" → halcyon-systems); null when no company matches.
    /// </summary>
    public async Task<string?> CompanySlugAsync(string value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Companies.AnyAsync(c => c.Slug == value, cancellationToken))
        {
            return value;
        }

        var slug = Core.Names.Slug.For(value);
        if (slug.Length > 0 && await db.Companies.AnyAsync(c => c.Slug == slug, cancellationToken))
        {
            return slug;
        }

        var key = Core.Names.NameKey.For(value);
        return await db.Companies.Where(c => c.Aliases.Any(a => a.Key == key)).Select(c => c.Slug).FirstOrDefaultAsync(cancellationToken);
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
            select new
            {
                Company = company.Name, CompanySlug = company.Slug,
                Destination = destination == null ? UnknownDestination : destination.Name,
                DestinationSlug = destination == null ? null : destination.Slug,
                g.Count,
            };
        var ordered = named.OrderByDescending(e => e.Count).ThenBy(e => e.Company).ThenBy(e => e.Destination);
        var edges = await (top is { } n ? ordered.Take(n) : ordered).ToListAsync(cancellationToken);
        return [.. edges.Select(e => new FlowEdge(e.Company, e.Destination, e.Count) { CompanySlug = e.CompanySlug, DestinationSlug = e.DestinationSlug })
            .OrderByDescending(e => e.Departures).ThenBy(e => e.Company, StringComparer.Ordinal).ThenBy(e => e.Destination, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Flows over time: the filtered departures per quarter, stacked by destination (the largest five, other, unknown), for
    /// the latest <paramref name="quarters"/> quarters that hold any. Grouped in SQL by the months the interval starts and
    /// ends in and the destination id, as the dashboard's chart is.
    /// </summary>
    public async Task<Dashboard.QuarterStack> FlowsOverTimeAsync(DepartureFilter filter, int quarters = 8, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var dated = await Dashboard.DashboardQuery.CountByMonthsAndDestinationAsync(db, await ApplyAsync(db, filter, cancellationToken), cancellationToken);
        // A quarter holds a departure when the interval lies within the quarter its start is in: one pass over the groups
        // (testing every group against every other group's quarter took seconds at 100,000 departures).
        var shown = dated.Select(d => (Quarter: Core.Dates.Quarter.Containing(d.Departure.Start), d.Departure.End))
            .Where(x => x.Quarter.Contains(x.End)).Select(x => x.Quarter)
            .Distinct().OrderDescending().Take(quarters).Order().ToList();
        return Dashboard.DashboardQuery.StackCounts(dated, shown);
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
    public async Task<(IReadOnlyList<NamedSlug> Companies, IReadOnlyList<NamedSlug> Destinations)> OptionsAsync(CancellationToken cancellationToken = default) =>
        cache is null ? await ReadOptionsAsync(cancellationToken) : await cache.GetAsync("departures/options", ReadOptionsAsync, cancellationToken);

    private async Task<(IReadOnlyList<NamedSlug> Companies, IReadOnlyList<NamedSlug> Destinations)> ReadOptionsAsync(CancellationToken cancellationToken)
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

    private static IOrderedQueryable<Departure> OldestDatedFirst(IQueryable<Departure> dated) =>
        dated.OrderBy(d => d.DateStart).ThenByDescending(d => d.DateEnd).ThenBy(d => d.Id);

    /// <summary>By a text column (unknown values first ascending), newest first within equal values.</summary>
    private static IOrderedQueryable<Departure> Ordered(IQueryable<Departure> query, DepartureSort sort, bool descending)
    {
        var ordered = (sort, descending) switch
        {
            (DepartureSort.Person, false) => query.OrderBy(d => d.Person == null ? null : d.Person.Name),
            (DepartureSort.Person, true) => query.OrderByDescending(d => d.Person == null ? null : d.Person.Name),
            (DepartureSort.Company, false) => query.OrderBy(d => d.Company!.Name),
            (DepartureSort.Company, true) => query.OrderByDescending(d => d.Company!.Name),
            (DepartureSort.Destination, false) => query.OrderBy(d => d.Destination == null ? null : d.Destination.Name),
            (DepartureSort.Destination, true) => query.OrderByDescending(d => d.Destination == null ? null : d.Destination.Name),
            (DepartureSort.Role, false) => query.OrderBy(d => d.Role),
            (DepartureSort.Role, true) => query.OrderByDescending(d => d.Role),
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Dates are ordered by NewestFirst."),
        };
        return ordered.ThenByDescending(d => d.DateStart).ThenBy(d => d.Id);
    }

    /// <summary>Dated departures newest first (a more precise date before a vaguer one starting the same day); follows the (Status, DateStart, DateEnd) index.</summary>
    private static IOrderedQueryable<Departure> NewestDatedFirst(IQueryable<Departure> dated) =>
        dated.OrderByDescending(d => d.DateStart).ThenBy(d => d.DateEnd).ThenBy(d => d.Id);
}
