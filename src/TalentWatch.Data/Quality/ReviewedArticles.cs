using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Names;
using TalentWatch.Data.Store;
using TalentWatch.Extraction;
using TalentWatch.Extraction.Evaluation;

namespace TalentWatch.Data.Quality;

/// <summary>A departure as the team settled it in one reviewed article: names as the article writes them where it does.</summary>
public sealed record SettledDeparture(string? Person, string From, string? To, string? Date, string? Role, bool? Founder, string? Evidence);

/// <summary>A claim of a reviewed article.</summary>
public sealed record SettledClaim(string Company, string Metric, decimal Value, string Evidence);

/// <summary>
/// One reviewed article with what the team settled for it: its accepted departures (each once, however many sentences report
/// it) and its claims. <see cref="File"/> is the name it gets in an export and in the scoring (<c>00042-title-words.md</c>).
/// </summary>
public sealed record ReviewedArticle(
    int Id,
    string File,
    string? Title,
    string? Source,
    string? Url,
    DateOnly? Published,
    string Language,
    string Text,
    string ContentHash,
    DateTimeOffset ImportedAt,
    DateTimeOffset ReviewedAt,
    IReadOnlyList<SettledDeparture> Departures,
    IReadOnlyList<SettledClaim> Claims)
{
    /// <summary>The article as the extractor reads it: the stored (already normalised) text and metadata, under <see cref="File"/>.</summary>
    public ArticleDocument Document => new(File, Title, Source, Url, Published, Language, Text, ContentHash);

    public ScoredArticle Gold => new(File,
        Departures.Select(d => new ScoredDeparture(d.Person, d.From, d.To, d.Date, ScoredDeparture.FounderValue(d.Founder))).ToList(),
        Claims.Select(c => new ScoredClaim(c.Company, c.Metric, (double)c.Value)).ToList());
}

/// <summary>The store's reviewed articles as labelled data, with the alias table of the companies they name.</summary>
public sealed record ReviewedSet(IReadOnlyList<ReviewedArticle> Articles, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Aliases)
{
    public GoldStandard ToGold() => new(Aliases, Articles.Select(a => a.Gold));
}

/// <summary>
/// Reads the reviewed articles (an editor marked them reviewed: every departure settled) and what the team kept for each:
/// accepted departures with a source in the article, and the article's claims. Rejected and merged-away departures are the
/// team's "not a departure" and are left out.
/// </summary>
public sealed class ReviewedArticles(IDbContextFactory<TalentWatchDbContext> contextFactory)
{
    public async Task<ReviewedSet> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var articles = await db.Articles.Where(a => a.ReviewedAt != null).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Title, a.Source, a.Url, a.Published, a.Language, a.Text, a.ContentHash, a.FileName, a.ImportedAt, ReviewedAt = a.ReviewedAt!.Value })
            .ToListAsync(cancellationToken);
        var sources = await db.DepartureSources
            .Where(s => s.Article!.ReviewedAt != null)
            .Join(db.Departures.Where(d => d.Status == DepartureStatus.Accepted && d.MergedIntoId == null), s => s.DepartureId, d => d.Id, (s, d) => new
            {
                ArticleId = s.ArticleId!.Value,
                SourceId = s.Id,
                DepartureId = d.Id,
                d.PersonId,
                d.CompanyId,
                d.DestinationId,
                d.DateText,
                d.Role,
                d.Founder,
                s.Evidence,
            })
            .OrderBy(s => s.ArticleId).ThenBy(s => s.SourceId)
            .ToListAsync(cancellationToken);
        var claims = await db.Claims.Where(c => c.Article!.ReviewedAt != null).OrderBy(c => c.ArticleId).ThenBy(c => c.Id)
            .Select(c => new { c.ArticleId, c.CompanyId, c.Metric, c.Value, c.Evidence })
            .ToListAsync(cancellationToken);

        var companyIds = sources.Select(s => s.CompanyId).Concat(sources.Where(s => s.DestinationId != null).Select(s => s.DestinationId!.Value))
            .Concat(claims.Select(c => c.CompanyId)).ToHashSet();
        var personIds = sources.Where(s => s.PersonId != null).Select(s => s.PersonId!.Value).ToHashSet();
        var companyRows = await db.Companies.Where(c => companyIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var companyAliases = await db.CompanyAliases.Where(a => companyIds.Contains(a.CompanyId)).OrderBy(a => a.Id)
            .Select(a => new { a.CompanyId, a.Name }).ToListAsync(cancellationToken);
        var personRows = await db.People.Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var personAliases = await db.PersonAliases.Where(a => personIds.Contains(a.PersonId)).OrderBy(a => a.Id)
            .Select(a => new { a.PersonId, a.Name }).ToListAsync(cancellationToken);
        var companyAliasesOf = companyAliases.ToLookup(a => a.CompanyId, a => a.Name);
        var personAliasesOf = personAliases.ToLookup(a => a.PersonId, a => a.Name);
        var companies = companyRows.ToDictionary(c => c.Id, c => new Names(c.Name, companyAliasesOf[c.Id].ToList()));
        var people = personRows.ToDictionary(p => p.Id, p => new Names(p.Name, personAliasesOf[p.Id].ToList()));

        var sourcesByArticle = sources.ToLookup(s => s.ArticleId);
        var claimsByArticle = claims.ToLookup(c => c.ArticleId);
        var result = new List<ReviewedArticle>(articles.Count);
        foreach (var a in articles)
        {
            var departures = sourcesByArticle[a.Id]
                .DistinctBy(s => s.DepartureId)
                .Select(s => new SettledDeparture(
                    s.PersonId is { } person ? AsWritten(people[person], a.Text) : null,
                    AsWritten(companies[s.CompanyId], a.Text),
                    s.DestinationId is { } destination ? AsWritten(companies[destination], a.Text) : null,
                    s.DateText, s.Role, s.Founder, s.Evidence))
                .ToList();
            var settledClaims = claimsByArticle[a.Id].Select(c => new SettledClaim(AsWritten(companies[c.CompanyId], a.Text), c.Metric, c.Value, c.Evidence)).ToList();
            result.Add(new ReviewedArticle(a.Id, FileNameFor(a.Id, a.Title, a.FileName), a.Title, a.Source, a.Url, a.Published, a.Language, a.Text, a.ContentHash,
                a.ImportedAt, a.ReviewedAt, departures, settledClaims));
        }

        // The scorer compares companies through this table, so a company the article calls "Meta" matches the store's "Meta Platforms".
        var aliasTable = companies.Values
            .OrderBy(c => c.Canonical, StringComparer.Ordinal)
            .Select(c => new KeyValuePair<string, IReadOnlyList<string>>(c.Canonical, c.Aliases.Where(n => n != c.Canonical).ToList()))
            .Where(c => c.Value.Count > 0)
            .ToList();
        return new ReviewedSet(result, aliasTable);
    }

    /// <summary>The export's file name of an article: its id (unique, sorts in import order) and a few words of its title or file name.</summary>
    public static string FileNameFor(int id, string? title, string? fileName)
    {
        var words = Slug.For(title ?? Path.GetFileNameWithoutExtension(fileName) ?? string.Empty);
        if (words.Length > 60)
        {
            words = words[..60].TrimEnd('-');
        }

        return words.Length == 0 ? $"{id:D5}.md" : $"{id:D5}-{words}.md";
    }

    private sealed record Names(string Canonical, IReadOnlyList<string> Aliases);

    /// <summary>The canonical name or, when the article writes one of the record's other spellings, the longest of those it writes.</summary>
    private static string AsWritten(Names names, string text)
    {
        if (text.Contains(names.Canonical, StringComparison.Ordinal))
        {
            return names.Canonical;
        }

        return names.Aliases.Where(a => text.Contains(a, StringComparison.Ordinal)).MaxBy(a => a.Length) ?? names.Canonical;
    }
}
