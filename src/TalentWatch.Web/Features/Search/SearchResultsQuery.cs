using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Search;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Shared;
using TalentWatch.Web.Infrastructure.Security;

namespace TalentWatch.Web.Features.Search;

/// <summary>Which part of the results page is shown: all three sections, or one of them paged (<c>?in=people</c>).</summary>
public enum SearchSection
{
    All,
    People,
    Companies,
    Articles,
}

/// <summary>
/// A person found by name or alias, with their latest accepted move, so two people of the same name can be told apart:
/// where they are now (the destination) and the company they left.
/// </summary>
public sealed record PersonResult(string Name, string Slug, int Departures, string? Left, string? LeftSlug, string? Joined, string? JoinedSlug, string? DateText)
{
    public string DateDisplay => Dates.Of(DateText).ToDisplayString();
}

public sealed record CompanyResult(string Name, string Slug, int Departures);

public sealed record ArticleResult(int Id, string? Title, string? Source, DateOnly? Published, string Language);

/// <summary>
/// One section's page of results. <see cref="Total"/> counts at most <see cref="SearchResultsQuery.MaxCounted"/> matches
/// (<see cref="TotalIsCapped"/> says the real number is larger): a one-letter search matches most of a store.
/// </summary>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Total, bool TotalIsCapped, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record SearchResults(string Text, ResultPage<PersonResult> People, ResultPage<CompanyResult> Companies, ResultPage<ArticleResult> Articles)
{
    public bool IsEmpty => People.Total == 0 && Companies.Total == 0 && Articles.Total == 0;
}

/// <summary>
/// The search results page <c>/search?q=</c>: people (with their latest company), companies and articles (title or outlet)
/// matching the text, through the store's indexed <see cref="TextSearch"/> (wildcards literal, decision H4) and the
/// circuit's <see cref="SearchThrottle"/>. Work per request is bounded: each section reads at most <see cref="MaxCounted"/>
/// ids and one page of rows.
/// </summary>
public sealed class SearchResultsQuery(IDbContextFactory<TalentWatchDbContext> factory, SearchThrottle? throttle = null)
{
    /// <summary>Rows per section when all three are shown; "all N people" opens the section alone.</summary>
    public const int PreviewSize = 10;

    /// <summary>Rows per page when one section is shown.</summary>
    public const int SectionPageSize = 25;

    /// <summary>Matches counted per section; beyond this the page says "5,000+".</summary>
    public const int MaxCounted = TextSearch.MaxMatchedNames;

    public async Task<SearchResults> FindAsync(string text, SearchSection section, int page, CancellationToken cancellationToken = default)
    {
        var pageSize = section == SearchSection.All ? PreviewSize : SectionPageSize;
        page = section == SearchSection.All ? 1 : page;
        if (throttle is not null && !await throttle.WaitAsync(cancellationToken))
        {
            return new SearchResults(text, new([], 0, false, 1, pageSize), new([], 0, false, 1, pageSize), new([], 0, false, 1, pageSize));
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var people = section is SearchSection.All or SearchSection.People
            ? await PeopleAsync(db, text, page, pageSize, cancellationToken) : await CountOnlyAsync<PersonResult>(TextSearch.PersonIds(db, text), pageSize, cancellationToken);
        var companies = section is SearchSection.All or SearchSection.Companies
            ? await CompaniesAsync(db, text, page, pageSize, cancellationToken) : await CountOnlyAsync<CompanyResult>(TextSearch.CompanyIds(db, text), pageSize, cancellationToken);
        var articles = section is SearchSection.All or SearchSection.Articles
            ? await ArticlesAsync(db, text, page, pageSize, cancellationToken) : await CountOnlyAsync<ArticleResult>(TextSearch.ArticleIds(db, text), pageSize, cancellationToken);
        return new SearchResults(text, people, companies, articles);
    }

    /// <summary>A section that is not shown still says how many it holds (for its tab).</summary>
    private static async Task<ResultPage<T>> CountOnlyAsync<T>(IQueryable<int> ids, int pageSize, CancellationToken cancellationToken)
    {
        var count = await ids.Take(MaxCounted + 1).CountAsync(cancellationToken);
        return new ResultPage<T>([], Math.Min(count, MaxCounted), count > MaxCounted, 1, pageSize);
    }

    private static async Task<(List<int> Ids, bool Capped, int Page)> MatchesAsync(IQueryable<int> ids, int page, int pageSize, CancellationToken cancellationToken)
    {
        var matched = await ids.Take(MaxCounted + 1).ToListAsync(cancellationToken);
        var capped = matched.Count > MaxCounted;
        if (capped)
        {
            matched.RemoveAt(matched.Count - 1);
        }

        var lastPage = Math.Max(1, (matched.Count + pageSize - 1) / pageSize);
        return (matched, capped, Math.Clamp(page, 1, lastPage));
    }

    private static async Task<ResultPage<PersonResult>> PeopleAsync(TalentWatchDbContext db, string text, int page, int pageSize, CancellationToken cancellationToken)
    {
        var (ids, capped, pageNumber) = await MatchesAsync(TextSearch.PersonIds(db, text), page, pageSize, cancellationToken);
        var rows = await db.People.Where(p => ids.Contains(p.Id))
            .OrderBy(p => p.Name).ThenBy(p => p.Slug)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(p => new
            {
                p.Name,
                p.Slug,
                Departures = db.Departures.Count(d => d.PersonId == p.Id && d.Status == DepartureStatus.Accepted),
                Latest = db.Departures.Where(d => d.PersonId == p.Id && d.Status == DepartureStatus.Accepted)
                    .OrderByDescending(d => d.DateStart).ThenByDescending(d => d.Id)
                    .Select(d => new
                    {
                        Left = d.Company!.Name,
                        LeftSlug = d.Company.Slug,
                        Joined = d.Destination == null ? null : d.Destination.Name,
                        JoinedSlug = d.Destination == null ? null : d.Destination.Slug,
                        d.DateText,
                    })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new ResultPage<PersonResult>(
            [.. rows.Select(r => new PersonResult(r.Name, r.Slug, r.Departures, r.Latest?.Left, r.Latest?.LeftSlug, r.Latest?.Joined, r.Latest?.JoinedSlug, r.Latest?.DateText))],
            ids.Count, capped, pageNumber, pageSize);
    }

    private static async Task<ResultPage<CompanyResult>> CompaniesAsync(TalentWatchDbContext db, string text, int page, int pageSize, CancellationToken cancellationToken)
    {
        var (ids, capped, pageNumber) = await MatchesAsync(TextSearch.CompanyIds(db, text), page, pageSize, cancellationToken);
        var rows = await db.Companies.Where(c => ids.Contains(c.Id))
            .OrderBy(c => c.Name).ThenBy(c => c.Slug)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(c => new CompanyResult(c.Name, c.Slug, db.Departures.Count(d => d.CompanyId == c.Id && d.Status == DepartureStatus.Accepted)))
            .ToListAsync(cancellationToken);
        return new ResultPage<CompanyResult>(rows, ids.Count, capped, pageNumber, pageSize);
    }

    private static async Task<ResultPage<ArticleResult>> ArticlesAsync(TalentWatchDbContext db, string text, int page, int pageSize, CancellationToken cancellationToken)
    {
        var (ids, capped, pageNumber) = await MatchesAsync(TextSearch.ArticleIds(db, text), page, pageSize, cancellationToken);
        var rows = await db.Articles.Where(a => ids.Contains(a.Id))
            .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(a => new ArticleResult(a.Id, a.Title, a.Source, a.Published, a.Language))
            .ToListAsync(cancellationToken);
        return new ResultPage<ArticleResult>(rows, ids.Count, capped, pageNumber, pageSize);
    }
}

/// <summary>
/// The search text a caller sent, checked before any query: at most <see cref="TextSearch.MaxLength"/> characters and no
/// control characters (PostgreSQL refuses a NUL in a parameter; nobody types a tab or a bell into a search).
/// </summary>
public static class SearchText
{
    /// <summary>Blank is "no search" (true, null text); otherwise the trimmed text, or false with the reason.</summary>
    public static bool TryRead(string? value, out string? text, out string? error)
    {
        text = null;
        error = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > TextSearch.MaxLength)
        {
            error = $"The search text is {trimmed.Length:N0} characters long; at most {TextSearch.MaxLength} are searched. Shorten it.";
            return false;
        }

        if (trimmed.Any(char.IsControl))
        {
            error = "The search text contains a control character (a tab, line break or similar); search for plain text.";
            return false;
        }

        text = trimmed;
        return true;
    }

    /// <summary>The section a <c>?in=</c> value names; empty is all three.</summary>
    public static bool TrySection(string? value, out SearchSection section, out string? error)
    {
        error = null;
        section = SearchSection.All;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        switch (value.Trim().ToLowerInvariant())
        {
            case "people": section = SearchSection.People; return true;
            case "companies": section = SearchSection.Companies; return true;
            case "articles": section = SearchSection.Articles; return true;
            default:
                error = $"in '{QueryValues.Shorten(value)}' is not a section; use people, companies or articles.";
                return false;
        }
    }

    /// <summary>The address of a results page: <c>/search?q=…[&amp;in=…][&amp;page=n]</c>.</summary>
    public static string Href(string? text, SearchSection section = SearchSection.All, int page = 1)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(text))
        {
            parts.Add("q=" + Uri.EscapeDataString(text.Trim()));
        }

        if (section != SearchSection.All)
        {
            parts.Add("in=" + section.ToString().ToLowerInvariant());
        }

        if (page > 1)
        {
            parts.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/search" + (parts.Count > 0 ? "?" + string.Join('&', parts) : string.Empty);
    }
}
