using Microsoft.EntityFrameworkCore;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Companies;

namespace TalentWatch.Web.Features.Articles;

public sealed record ArticleListRow(int Id, string? Title, string? Source, DateOnly? Published, string Language, int Departures);

public sealed record Evidence(int Start, int Length, string Label, string Href);

public sealed record ArticleDetail(int Id, string? Title, string? Source, string? Url, DateOnly? Published, string Language, string Text, IReadOnlyList<Evidence> Evidence);

/// <summary>The articles list's filters (<c>?q=&amp;lang=&amp;since=&amp;until=</c>): text in the title or outlet, language, published range.</summary>
public sealed record ArticleFilter(string? Text, string? Language, DateOnly? Since, DateOnly? Until)
{
    public static readonly ArticleFilter None = new(null, null, null, null);

    public string ToQueryString(int page = 1)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", Text);
        Add("lang", Language);
        Add("since", Since?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("until", Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }
}

public sealed class ArticleQueries(IDbContextFactory<TalentWatchDbContext> factory)
{
    public const int PageSize = 20;

    public Task<Page<ArticleListRow>> ListAsync(int page, CancellationToken cancellationToken = default) =>
        ListAsync(ArticleFilter.None, page, cancellationToken);

    /// <summary>One page of the articles matching <paramref name="filter"/>, newest first; a page past the last is clamped.</summary>
    public async Task<Page<ArticleListRow>> ListAsync(ArticleFilter filter, int page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var articles = db.Articles.AsQueryable();
        if (filter.Text is { } text)
        {
            var pattern = $"%{text}%";
            articles = articles.Where(a => (a.Title != null && EF.Functions.Like(a.Title, pattern)) || (a.Source != null && EF.Functions.Like(a.Source, pattern)));
        }

        if (filter.Language is { } language)
        {
            articles = articles.Where(a => a.Language == language);
        }

        if (filter.Since is { } since)
        {
            articles = articles.Where(a => a.Published != null && a.Published >= since);
        }

        if (filter.Until is { } until)
        {
            articles = articles.Where(a => a.Published != null && a.Published <= until);
        }

        var total = await articles.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await articles
            .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new ArticleListRow(a.Id, a.Title, a.Source, a.Published, a.Language,
                db.DepartureSources.Where(s => s.ArticleId == a.Id).Select(s => s.DepartureId).Distinct().Count()))
            .ToListAsync(cancellationToken);
        return new Page<ArticleListRow>(items, total, page, PageSize);
    }

    public async Task<ArticleDetail?> DetailAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var sources = await db.DepartureSources.Where(s => s.ArticleId == id)
            .Select(s => new
            {
                s.Evidence,
                s.EvidenceStart,
                s.EvidenceLength,
                Person = db.Departures.Where(d => d.Id == s.DepartureId).Select(d => d.Person == null ? null : d.Person.Name).FirstOrDefault(),
                PersonSlug = db.Departures.Where(d => d.Id == s.DepartureId).Select(d => d.Person == null ? null : d.Person.Slug).FirstOrDefault(),
                Company = db.Departures.Where(d => d.Id == s.DepartureId).Select(d => d.Company!.Name).FirstOrDefault(),
                CompanySlug = db.Departures.Where(d => d.Id == s.DepartureId).Select(d => d.Company!.Slug).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var claims = await db.Claims.Where(c => c.ArticleId == id)
            .Select(c => new { c.Evidence, c.EvidenceStart, c.EvidenceLength, c.Company!.Name, c.Company.Slug })
            .ToListAsync(cancellationToken);

        var evidence = new List<Evidence>();
        foreach (var s in sources)
        {
            if (Locate(article.Text, s.EvidenceStart, s.EvidenceLength, s.Evidence) is { } span)
            {
                var label = $"{s.Person ?? "Unnamed"} left {s.Company}";
                var href = s.PersonSlug is not null ? $"/people/{s.PersonSlug}" : $"/companies/{s.CompanySlug}";
                evidence.Add(new Evidence(span.Start, span.Length, label, href));
            }
        }

        foreach (var c in claims)
        {
            if (Locate(article.Text, c.EvidenceStart, c.EvidenceLength, c.Evidence) is { } span)
            {
                evidence.Add(new Evidence(span.Start, span.Length, $"Claim about {c.Name}", $"/companies/{c.Slug}"));
            }
        }

        return new ArticleDetail(article.Id, article.Title, article.Source, article.Url, article.Published, article.Language, article.Text, evidence);
    }

    /// <summary>The stored offsets when they point at the evidence, else the first occurrence of the evidence text.</summary>
    public static (int Start, int Length)? Locate(string text, int? start, int? length, string? evidence)
    {
        if (start is { } s && length is { } l && s >= 0 && l > 0 && s + l <= text.Length)
        {
            return (s, l);
        }

        if (!string.IsNullOrWhiteSpace(evidence))
        {
            var index = text.IndexOf(evidence.Trim(), StringComparison.Ordinal);
            if (index >= 0)
            {
                return (index, evidence.Trim().Length);
            }
        }

        return null;
    }
}

public sealed record TextSegment(string Text, Evidence? Evidence);

public static class ArticleHighlighter
{
    /// <summary>Splits the text into plain and highlighted segments; overlapping evidence merges into the first span.</summary>
    public static IReadOnlyList<TextSegment> Segments(string text, IReadOnlyList<Evidence> evidence)
    {
        var segments = new List<TextSegment>();
        var position = 0;
        foreach (var e in evidence.OrderBy(e => e.Start).ThenByDescending(e => e.Length))
        {
            if (e.Start < position)
            {
                continue;
            }

            if (e.Start > position)
            {
                segments.Add(new TextSegment(text[position..e.Start], null));
            }

            segments.Add(new TextSegment(text.Substring(e.Start, e.Length), e));
            position = e.Start + e.Length;
        }

        if (position < text.Length)
        {
            segments.Add(new TextSegment(text[position..], null));
        }

        return segments;
    }
}
