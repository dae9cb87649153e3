using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Timelines;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Shared;

namespace TalentWatch.Web.Features.Companies;

public enum CompanySort
{
    Name,
    Departures,
    Attrition,
    LastDeparture,
}

public sealed record CompanyListRow(
    string Name,
    string Slug,
    int Departures,
    int FoundersDeparted,
    int? FoundingTeamSize,
    double? FoundingTeamAttrition,
    string? LastDeparture)
{
    public string LastDepartureDisplay => LastDeparture is null ? "–" : TalentWatch.Web.Features.Shared.Dates.Of(LastDeparture).ToDisplayString();
}

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record CompanyFacts(
    int Id,
    string Name,
    string Slug,
    DateOnly? Founded,
    int? FoundingTeamSize,
    IReadOnlyList<string> Aliases,
    DateOnly? HeadcountAsOf,
    int? Headcount);

public sealed record ClaimRow(string Metric, decimal Value, string Evidence, int ArticleId, string? ArticleTitle);

/// <summary>
/// The company page's data: facts, claims and the figures over all accepted departures (aggregated in SQL), plus one page
/// of timeline rows for the chosen destination filter.
/// </summary>
public sealed record CompanyDetail(
    CompanyFacts Facts,
    IReadOnlyList<ClaimRow> Claims,
    IReadOnlyList<DestinationChip> Destinations,
    IReadOnlyList<FounderDeparture> FounderDepartures,
    DateOnly? LastDatedEnd,
    string? ToSlug,
    int FilteredCount,
    int PageNumber,
    IReadOnlyList<DepartureRow> PageRows);

/// <summary>The SPEC timeline response's rows: every accepted departure of the company (to one destination when given), oldest first.</summary>
public sealed record CompanyTimelineRows(CompanyFacts Facts, string? ToSlug, bool UnknownFilter, IReadOnlyList<DepartureRow> Departures)
{
    /// <summary>All accepted departures that match (the page in <see cref="Departures"/> may hold fewer).</summary>
    public int Total { get; init; } = Departures.Count;
}

/// <summary>Companies grid and company page; accepted departures only (SPEC metrics).</summary>
public sealed class CompanyQueries(IDbContextFactory<TalentWatchDbContext> factory, Infrastructure.Caching.StoreCache? cache = null)
{
    public const int DefaultPageSize = 20;

    public async Task<Page<CompanyListRow>> ListAsync(string? search, CompanySort sort, bool descending, int page, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var accepted = db.Departures.Where(d => d.Status == DepartureStatus.Accepted);
        var companies = db.Companies.AsQueryable();
        if (Data.Search.TextSearch.Normalize(search) is { } text)
        {
            var matching = Data.Search.TextSearch.CompanyIds(db, text);
            companies = companies.Where(c => matching.Contains(c.Id));
        }

        var rows = companies
            .Select(c => new
            {
                c.Name,
                c.Slug,
                c.FoundingTeamSize,
                Departures = accepted.Count(d => d.CompanyId == c.Id),
                FoundersDeparted = accepted.Where(d => d.CompanyId == c.Id && d.Founder == true && d.PersonId != null).Select(d => d.PersonId).Distinct().Count()
                    + accepted.Count(d => d.CompanyId == c.Id && d.Founder == true && d.PersonId == null),
                LastStart = accepted.Where(d => d.CompanyId == c.Id && d.DateStart != null).Max(d => d.DateStart),
            })
            .Where(c => c.Departures > 0 || c.FoundingTeamSize != null)
            .Select(c => new
            {
                c.Name,
                c.Slug,
                c.FoundingTeamSize,
                c.Departures,
                c.FoundersDeparted,
                c.LastStart,
                Attrition = c.FoundingTeamSize > 0 ? (double?)c.FoundersDeparted / c.FoundingTeamSize : null,
            });

        var total = await rows.CountAsync(cancellationToken);
        rows = (sort, descending) switch
        {
            (CompanySort.Departures, true) => rows.OrderByDescending(r => r.Departures).ThenBy(r => r.Name),
            (CompanySort.Departures, false) => rows.OrderBy(r => r.Departures).ThenBy(r => r.Name),
            (CompanySort.Attrition, true) => rows.OrderByDescending(r => r.Attrition ?? -1).ThenBy(r => r.Name),
            (CompanySort.Attrition, false) => rows.OrderBy(r => r.Attrition ?? 2).ThenBy(r => r.Name),
            (CompanySort.LastDeparture, true) => rows.OrderByDescending(r => r.LastStart).ThenBy(r => r.Name),
            (CompanySort.LastDeparture, false) => rows.OrderBy(r => r.LastStart == null).ThenBy(r => r.LastStart).ThenBy(r => r.Name),
            (_, true) => rows.OrderByDescending(r => r.Name),
            _ => rows.OrderBy(r => r.Name),
        };
        var items = await rows.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var slugs = items.Select(i => i.Slug).ToList();

        // The last departure's display text (at its precision) for the rows on this page only.
        var lastBySlug = await db.Companies.Where(c => slugs.Contains(c.Slug))
            .Select(c => new
            {
                c.Slug,
                Text = accepted.Where(d => d.CompanyId == c.Id && d.DateStart != null)
                    .OrderByDescending(d => d.DateStart).ThenBy(d => d.DateEnd).ThenBy(d => d.Id).Select(d => d.DateText).FirstOrDefault(),
            })
            .ToDictionaryAsync(c => c.Slug, c => c.Text, cancellationToken);

        return new Page<CompanyListRow>(
            [.. items.Select(i => new CompanyListRow(i.Name, i.Slug, i.Departures, i.FoundersDeparted, i.FoundingTeamSize,
                i.Attrition is { } a ? Math.Round(a, 4) : null, lastBySlug.GetValueOrDefault(i.Slug)))],
            total, page, pageSize);
    }

    public async Task<bool> ExistsAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Companies.AnyAsync(c => c.Slug == slug, cancellationToken);
    }

    /// <summary>
    /// The company page: chips, founder departures and the chart range come from GROUP BY queries; the timeline rows are
    /// one page (<see cref="CompanyTimeline.PageSize"/>) newest first, undated last, read in index order. Kept until the store
    /// changes when a <see cref="Infrastructure.Caching.StoreCache"/> is registered.
    /// </summary>
    public async Task<CompanyDetail?> DetailAsync(string slug, string? toSlug = null, int page = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slug);
        return cache is null
            ? await ReadDetailAsync(slug, toSlug, page, cancellationToken)
            : await cache.GetAsync($"companies/{slug}?to={toSlug}&page={page}", token => ReadDetailAsync(slug, toSlug, page, token), cancellationToken);
    }

    private async Task<CompanyDetail?> ReadDetailAsync(string slug, string? toSlug, int page, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await FactsAsync(db, slug, cancellationToken) is not { } facts)
        {
            return null;
        }

        var accepted = db.Departures.Where(d => d.CompanyId == facts.Id && d.Status == DepartureStatus.Accepted);
        // Grouped by destination id first, names joined to the groups (a company has up to thousands of destinations:
        // an IN list of their ids would be rebuilt and bound on every request). The dated count and the last end date ride
        // along from the same covering index, so paging and the chart range need no queries of their own.
        var byDestination = await (
            from g in accepted.GroupBy(d => d.DestinationId).Select(g => new
            {
                DestinationId = g.Key,
                Count = g.Count(),
                Dated = g.Count(d => d.DateStart != null),
                LastEnd = g.Max(d => d.DateEnd),
            })
            join c in db.Companies on g.DestinationId equals c.Id into destinations
            from c in destinations.DefaultIfEmpty()
            select new { g.DestinationId, Name = c == null ? null : c.Name, Slug = c == null ? null : c.Slug, g.Count, g.Dated, g.LastEnd })
            .ToListAsync(cancellationToken);
        var chips = CompanyTimeline.OrderChips(byDestination.Select(g => g.DestinationId is not null
            ? new DestinationChip(g.Name!, g.Slug, g.Count)
            : new DestinationChip(CompanyTimeline.UnknownDestination, null, g.Count)));

        // Distinct (person, end) pairs with their counts: Core's FoundingTeamAttrition counts them (one definition).
        var founderGroups = await accepted.Where(d => d.Founder == true)
            .GroupBy(d => new { d.PersonId, d.DateEnd })
            .Select(g => new { g.Key.PersonId, g.Key.DateEnd, Count = g.Count() })
            .ToListAsync(cancellationToken);
        List<FounderDeparture> founders = [.. founderGroups.SelectMany(g => g.PersonId is null
            ? Enumerable.Repeat(new FounderDeparture(null, g.DateEnd), g.Count)
            : [new FounderDeparture(g.PersonId, g.DateEnd)])];
        var lastDatedEnd = byDestination.Max(g => g.LastEnd);

        var selected = string.IsNullOrWhiteSpace(toSlug) ? null : chips.FirstOrDefault(c => c.Slug == toSlug);
        var filteredCount = string.IsNullOrWhiteSpace(toSlug) ? chips.Sum(c => c.Departures) : selected?.Departures ?? 0;
        var pageCount = Math.Max(1, (filteredCount + CompanyTimeline.PageSize - 1) / CompanyTimeline.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        IReadOnlyList<DepartureRow> rows = [];
        if (filteredCount > 0)
        {
            var selectedGroup = selected is null ? null : byDestination.First(g => g.Slug == selected.Slug);
            var filtered = selectedGroup is null ? accepted : accepted.Where(d => d.DestinationId == selectedGroup.DestinationId);
            var dated = selectedGroup?.Dated ?? byDestination.Sum(g => g.Dated);
            rows = await NewestFirst.PageAsync(
                db, filtered, dated, (page - 1) * CompanyTimeline.PageSize, CompanyTimeline.PageSize,
                q => q.OrderByDescending(d => d.DateStart).ThenByDescending(d => d.DateEnd).ThenBy(d => d.Id),
                cancellationToken);
        }

        var claims = await db.Claims.Where(c => c.CompanyId == facts.Id)
            .OrderBy(c => c.Id)
            .Select(c => new ClaimRow(c.Metric, c.Value, c.Evidence, c.ArticleId, c.Article!.Title))
            .ToListAsync(cancellationToken);

        return new CompanyDetail(facts, claims, chips, founders, lastDatedEnd, toSlug, filteredCount, page, rows);
    }

    /// <summary>
    /// The accepted departures of the company for <c>/api/companies/{slug}/timeline</c>, oldest first (undated last), projected
    /// straight to rows, <paramref name="take"/> of them after <paramref name="skip"/> (the API pages; default: all); with
    /// <paramref name="toSlug"/> only those to that employer (none when nobody left for it).
    /// </summary>
    public async Task<CompanyTimelineRows?> TimelineRowsAsync(string slug, string? toSlug, int skip = 0, int take = int.MaxValue,
        CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await FactsAsync(db, slug, cancellationToken) is not { } facts)
        {
            return null;
        }

        var accepted = db.Departures.Where(d => d.CompanyId == facts.Id && d.Status == DepartureStatus.Accepted);
        if (!string.IsNullOrWhiteSpace(toSlug))
        {
            accepted = accepted.Where(d => d.Destination!.Slug == toSlug);
        }

        var total = await accepted.CountAsync(cancellationToken);
        var dated = await accepted.CountAsync(d => d.DateStart != null, cancellationToken);
        var rows = total == 0 ? [] : await NewestFirst.PageAsync(db, accepted, dated, skip, Math.Min(take, total), OldestDatedFirst, cancellationToken);
        var unknownFilter = !string.IsNullOrWhiteSpace(toSlug) && total == 0;
        return new CompanyTimelineRows(facts, unknownFilter ? null : toSlug, unknownFilter, rows) { Total = total };
    }

    /// <summary>Oldest first by the interval's start, then its end (a precise date before a vaguer one starting the same day), then id.</summary>
    private static IOrderedQueryable<Departure> OldestDatedFirst(IQueryable<Departure> dated) =>
        dated.OrderBy(d => d.DateStart).ThenBy(d => d.DateEnd).ThenBy(d => d.Id);

    /// <summary>The facts in one round trip: the latest headcount as subqueries, the aliases as a joined collection (a few rows).</summary>
    private static async Task<CompanyFacts?> FactsAsync(TalentWatchDbContext db, string slug, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Slug,
                c.Founded,
                c.FoundingTeamSize,
                Aliases = c.Aliases.Select(a => a.Name).ToList(),
                HeadcountAsOf = db.Headcounts.Where(h => h.CompanyId == c.Id).OrderByDescending(h => h.AsOf).Select(h => (DateOnly?)h.AsOf).FirstOrDefault(),
                Headcount = db.Headcounts.Where(h => h.CompanyId == c.Id).OrderByDescending(h => h.AsOf).Select(h => (int?)h.Headcount).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (company is null)
        {
            return null;
        }

        return new CompanyFacts(
            company.Id, company.Name, company.Slug, company.Founded, company.FoundingTeamSize,
            [.. company.Aliases.Where(n => !string.Equals(n, company.Name, StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal)],
            company.HeadcountAsOf, company.Headcount);
    }
}

public static class ClaimText
{
    /// <summary>"article: 33.3% of the founding team; recorded: 4 of 12, 33.3%"; without a recorded team size it says so in words.</summary>
    public static string Reconcile(ClaimRow claim, int foundersDeparted, int? foundingTeamSize, int departures) => claim.Metric switch
    {
        ClaimMetrics.FoundingTeamDepartedShare =>
            foundingTeamSize is > 0
                ? $"article: {Formats.Percent(claim.Value)} of the founding team; recorded: {Formats.FoundersOf(foundersDeparted, foundingTeamSize)}"
                : $"article: {Formats.Percent(claim.Value)} of the founding team; TalentWatch has no founding-team size to compare with ({foundersDeparted} founder departure{(foundersDeparted == 1 ? "" : "s")} recorded)",
        ClaimMetrics.StaffDepartedShare =>
            $"article: {Formats.Percent(claim.Value)} of the staff; recorded: {departures} departures",
        ClaimMetrics.DepartedCount =>
            $"article: {claim.Value:0} departed; recorded: {departures} departures",
        _ => $"article: {claim.Value}",
    };
}
