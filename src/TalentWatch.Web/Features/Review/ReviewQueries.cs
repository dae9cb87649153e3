using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Departures;
using TalentWatch.Core.People;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Articles;

namespace TalentWatch.Web.Features.Review;

public enum ReviewTab
{
    /// <summary>Extracted departures awaiting a decision.</summary>
    Awaiting,

    /// <summary>Rejected departures (not merged ones), which can be restored.</summary>
    Rejected,
}

public enum ReviewSort
{
    /// <summary>Newest first (the default).</summary>
    Newest,

    /// <summary>The extractor's least confident first; departures without a confidence (CSV rows, editors' own) last.</summary>
    Confidence,
}

public sealed record ReviewFilter(ReviewTab Tab, string? CompanySlug, int? ArticleId, ReviewSort Sort = ReviewSort.Newest);

public sealed record NameLink(string Name, string Slug);

/// <summary>One evidence passage: <see cref="Context"/> is the surrounding article text, <see cref="Highlight"/> the sentence within it.</summary>
public sealed record ReviewSource(int? ArticleId, string? ArticleTitle, string? Url, string? Evidence, string? Context, Evidence? Highlight);

public sealed record ReviewItem(
    int Id,
    int Version,
    NameLink? Person,
    NameLink Company,
    NameLink? Destination,
    string? Date,
    string? Role,
    bool? Founder,
    DepartureStatus Status,
    int? MergedIntoId,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ReviewSource> Sources,
    double? Confidence = null)
{
    public string DateDisplay => Shared.Dates.Of(Date).ToDisplayString();

    /// <summary>The fields as the edit dialog starts them.</summary>
    public Data.Editing.DepartureFields Fields => new(Person?.Name, Company.Name, Destination?.Name, Date, Role, Founder);
}

public sealed record ReviewList(IReadOnlyList<ReviewItem> Items, int Total, int Page, int PageCount);

/// <summary>A departure another could be merged into: same company left, any status but merged.</summary>
public sealed record MergeCandidate(int Id, int Version, string Label);

/// <summary>The review queue's reads: paged in the database, newest first, evidence cut from the article around its sentence.</summary>
public sealed class ReviewQueries(IDbContextFactory<TalentWatchDbContext> factory)
{
    public const int PageSize = 20;

    /// <summary>Characters of article text shown either side of an evidence sentence.</summary>
    public const int ContextChars = 280;

    public async Task<ReviewList> PageAsync(ReviewFilter filter, int page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var query = db.Departures.AsNoTracking().Where(d => d.MergedIntoId == null);
        query = filter.Tab == ReviewTab.Awaiting
            ? query.Where(d => d.Status == DepartureStatus.Extracted)
            : query.Where(d => d.Status == DepartureStatus.Rejected);
        if (!string.IsNullOrWhiteSpace(filter.CompanySlug))
        {
            var slug = filter.CompanySlug;
            query = query.Where(d => d.Company!.Slug == slug || (d.Destination != null && d.Destination.Slug == slug));
        }

        if (filter.ArticleId is { } articleId)
        {
            query = query.Where(d => d.Sources.Any(s => s.ArticleId == articleId));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var ordered = filter.Sort == ReviewSort.Confidence
            ? query.OrderBy(d => d.Confidence == null).ThenBy(d => d.Confidence).ThenByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            : query.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id);
        var items = await ItemsAsync(db, ordered.Skip((page - 1) * PageSize).Take(PageSize), cancellationToken);
        return new ReviewList(items, total, page, pageCount);
    }

    /// <summary>One departure with its evidence, whatever its status (the detail page and the dialogs).</summary>
    public async Task<ReviewItem?> ItemAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await ItemsAsync(db, db.Departures.AsNoTracking().Where(d => d.Id == id), cancellationToken)).SingleOrDefault();
    }

    public async Task<int> CountAwaitingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Departures.CountAsync(d => d.Status == DepartureStatus.Extracted && d.MergedIntoId == null, cancellationToken);
    }

    /// <summary>Departures from the same company that <paramref name="item"/> could be merged into, the same person's first.</summary>
    public async Task<IReadOnlyList<MergeCandidate>> MergeCandidatesAsync(ReviewItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var personSlug = item.Person?.Slug;
        var rows = await db.Departures.AsNoTracking()
            .Where(d => d.Id != item.Id && d.MergedIntoId == null && d.Company!.Slug == item.Company.Slug)
            .OrderByDescending(d => personSlug != null && d.Person != null && d.Person.Slug == personSlug)
            .ThenByDescending(d => d.Status == DepartureStatus.Accepted)
            .ThenBy(d => d.Person == null ? "" : d.Person.Name)
            .Take(50)
            .Select(d => new { d.Id, d.Version, Person = d.Person == null ? null : d.Person.Name, d.DateText, Destination = d.Destination == null ? null : d.Destination.Name, d.Status })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MergeCandidate(r.Id, r.Version,
            $"#{r.Id} · {r.Person ?? "(unnamed)"} · {(r.DateText ?? "date unknown")}{(r.Destination is null ? "" : " · to " + r.Destination)} · {r.Status.ToString().ToLowerInvariant()}")).ToList();
    }

    /// <summary>Company names for autocomplete, by prefix of any alias first, then by contained text.</summary>
    public async Task<IReadOnlyList<string>> CompanyNamesAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var ids = await OwnersOfMatchingAliasesAsync(db.CompanyAliases, nameof(CompanyAlias.CompanyId), text, cancellationToken);
        return await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Name).Select(c => c.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Companies (name and slug) for the queue's company filter.</summary>
    public async Task<IReadOnlyList<NameLink>> CompanyLinksAsync(string? text, CancellationToken cancellationToken = default)
    {
        var names = await CompanyNamesAsync(text, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Companies.AsNoTracking().Where(c => names.Contains(c.Name)).OrderBy(c => c.Name).Select(c => new NameLink(c.Name, c.Slug)).ToListAsync(cancellationToken);
    }

    public async Task<NameLink?> CompanyAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Companies.AsNoTracking().Where(c => c.Slug == slug).Select(c => new NameLink(c.Name, c.Slug)).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> PersonNamesAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var ids = await OwnersOfMatchingAliasesAsync(db.PersonAliases, nameof(PersonAlias.PersonId), text, cancellationToken);
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(cancellationToken);
    }

    /// <summary>The listed departures as review items; their sources come in a second query (P3).</summary>
    private static async Task<List<ReviewItem>> ItemsAsync(TalentWatchDbContext db, IQueryable<Departure> departures, CancellationToken cancellationToken)
    {
        var rows = await departures
            .Select(d => new
            {
                d.Id, d.Version, d.DateText, d.Role, d.Founder, d.Status, d.MergedIntoId, d.CreatedAt, d.Confidence,
                Person = d.Person == null ? null : new NameLink(d.Person.Name, d.Person.Slug),
                Company = new NameLink(d.Company!.Name, d.Company.Slug),
                Destination = d.Destination == null ? null : new NameLink(d.Destination.Name, d.Destination.Slug),
            })
            .ToListAsync(cancellationToken);
        var sources = await SourcesAsync(db, rows.Select(r => r.Id).ToList(), cancellationToken);
        return rows.Select(r => new ReviewItem(r.Id, r.Version, r.Person, r.Company, r.Destination, r.DateText, r.Role, r.Founder, r.Status, r.MergedIntoId,
            r.CreatedAt, sources.TryGetValue(r.Id, out var s) ? s : [], r.Confidence)).ToList();
    }

    /// <summary>
    /// Up to 20 ids of the companies or people (<paramref name="ownerIdProperty"/> of the alias) with an alias whose key starts
    /// with the text's key or has a word that does; any 20 for empty text.
    /// </summary>
    private static Task<List<int>> OwnersOfMatchingAliasesAsync<TAlias>(IQueryable<TAlias> aliases, string ownerIdProperty, string? text,
        CancellationToken cancellationToken)
        where TAlias : class
    {
        var key = TalentWatch.Core.Names.NameKey.For(text ?? "");
        if (key.Length > 0)
        {
            aliases = aliases.Where(a => EF.Property<string>(a, "Key").StartsWith(key) || EF.Property<string>(a, "Key").Contains(" " + key));
        }

        return aliases.AsNoTracking().Select(a => EF.Property<int>(a, ownerIdProperty)).Distinct().Take(20).ToListAsync(cancellationToken);
    }

    private static async Task<Dictionary<int, List<ReviewSource>>> SourcesAsync(TalentWatchDbContext db, List<int> departureIds, CancellationToken cancellationToken)
    {
        // Only a window of each article is read (substr in SQL), not whole articles.
        var rows = await db.DepartureSources.AsNoTracking()
            .Where(s => departureIds.Contains(s.DepartureId))
            .OrderBy(s => s.Id)
            .Select(s => new
            {
                s.DepartureId, s.ArticleId, s.Url, s.Evidence, s.EvidenceStart, s.EvidenceLength,
                Title = s.Article == null ? null : s.Article.Title,
                WindowStart = s.EvidenceStart == null ? 0 : s.EvidenceStart > ContextChars ? s.EvidenceStart.Value - ContextChars : 0,
                Window = s.Article == null || s.EvidenceStart == null || s.EvidenceLength == null
                    ? null
                    : s.Article.Text.Substring(
                        s.EvidenceStart > ContextChars ? s.EvidenceStart.Value - ContextChars : 0,
                        (s.EvidenceStart > ContextChars ? ContextChars : s.EvidenceStart.Value) + s.EvidenceLength.Value + ContextChars),
            })
            .ToListAsync(cancellationToken);
        var result = new Dictionary<int, List<ReviewSource>>();
        foreach (var row in rows)
        {
            ReviewSource source;
            if (row.Window is { } window && row.EvidenceStart is { } start && row.EvidenceLength is { } length && start - row.WindowStart + length <= window.Length)
            {
                // A window shorter than asked for reached the article's end: nothing was cut there.
                var cutAfter = window.Length == start - row.WindowStart + length + ContextChars;
                var (context, offset) = TrimToWords(window, start - row.WindowStart, length, row.WindowStart > 0, cutAfter);
                source = new ReviewSource(row.ArticleId, row.Title, row.Url, row.Evidence, context,
                    new Evidence(offset, length, "Open the article at this passage", $"/articles/{row.ArticleId}"));
            }
            else
            {
                source = new ReviewSource(row.ArticleId, row.Title, row.Url, row.Evidence, null, null);
            }

            if (!result.TryGetValue(row.DepartureId, out var list))
            {
                result[row.DepartureId] = list = [];
            }

            list.Add(source);
        }

        return result;
    }

    /// <summary>Cuts the window at whole words and marks the cuts with "…"; returns the text and the evidence's new offset.</summary>
    internal static (string Text, int Offset) TrimToWords(string window, int offset, int length, bool cutBefore, bool cutAfter)
    {
        var start = 0;
        if (cutBefore)
        {
            var space = window.IndexOf(' ', 0, Math.Max(0, offset));
            start = space >= 0 ? space + 1 : 0;
        }

        var end = window.Length;
        var evidenceEnd = offset + length;
        if (cutAfter && end > evidenceEnd + 1)
        {
            var space = window.LastIndexOf(' ', end - 1, end - evidenceEnd);
            end = space > evidenceEnd ? space : end;
        }

        var prefix = start > 0 ? "… " : "";
        var suffix = cutAfter ? " …" : "";
        return (prefix + window[start..end] + suffix, offset - start + prefix.Length);
    }
}
