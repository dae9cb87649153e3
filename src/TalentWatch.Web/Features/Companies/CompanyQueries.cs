using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
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

public sealed record CompanyDetail(CompanyFacts Facts, IReadOnlyList<DepartureRow> Departures, IReadOnlyList<ClaimRow> Claims);

/// <summary>Companies grid and company page; accepted departures only (SPEC metrics).</summary>
public sealed class CompanyQueries(IDbContextFactory<TalentWatchDbContext> factory)
{
    public const int DefaultPageSize = 20;

    public async Task<Page<CompanyListRow>> ListAsync(string? search, CompanySort sort, bool descending, int page, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var accepted = db.Departures.Where(d => d.Status == DepartureStatus.Accepted);
        var companies = db.Companies.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim()}%";
            companies = companies.Where(c => EF.Functions.Like(c.Name, pattern) || c.Aliases.Any(a => EF.Functions.Like(a.Name, pattern)));
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

    public async Task<CompanyDetail?> DetailAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.AsNoTracking()
            .Include(c => c.Aliases).Include(c => c.Headcounts)
            .FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (company is null)
        {
            return null;
        }

        var latest = company.Headcounts.OrderByDescending(h => h.AsOf).FirstOrDefault();
        var facts = new CompanyFacts(
            company.Id, company.Name, company.Slug, company.Founded, company.FoundingTeamSize,
            [.. company.Aliases.Select(a => a.Name).Where(n => !string.Equals(n, company.Name, StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal)],
            latest?.AsOf, latest?.Headcount);

        var departures = await db.Departures
            .Where(d => d.CompanyId == company.Id && d.Status == DepartureStatus.Accepted)
            .ToRowData().ToListAsync(cancellationToken);
        var claims = await db.Claims.Where(c => c.CompanyId == company.Id)
            .OrderBy(c => c.Id)
            .Select(c => new ClaimRow(c.Metric, c.Value, c.Evidence, c.ArticleId, c.Article!.Title))
            .ToListAsync(cancellationToken);

        return new CompanyDetail(facts, [.. departures.Select(d => d.ToRow()).OrderByDescending(d => d.PrecisionDate.IsKnown).ThenByDescending(d => d.PrecisionDate)], claims);
    }
}

public static class ClaimText
{
    /// <summary>"article: 33% of the founding team; recorded: 4 of 12, 33%".</summary>
    public static string Reconcile(ClaimRow claim, int foundersDeparted, int? foundingTeamSize, int departures) => claim.Metric switch
    {
        ClaimMetrics.FoundingTeamDepartedShare =>
            $"article: {Formats.Percent(claim.Value)} of the founding team; recorded: {Formats.FoundersOf(foundersDeparted, foundingTeamSize)}",
        ClaimMetrics.StaffDepartedShare =>
            $"article: {Formats.Percent(claim.Value)} of the staff; recorded: {departures} departures",
        ClaimMetrics.DepartedCount =>
            $"article: {claim.Value:0} departed; recorded: {departures} departures",
        _ => $"article: {claim.Value}",
    };
}
