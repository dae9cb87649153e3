using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Names;
using TalentWatch.Core.People;
using TalentWatch.Data.Resolution;
using TalentWatch.Data.Store;
using TalentWatch.Extraction;
using Claim = TalentWatch.Core.Articles.Claim;

namespace TalentWatch.Data.Imports.Articles;

/// <summary>
/// Articles into the store (SPEC <c>import</c>): read, extract, resolve names through the alias tables, merge each report with
/// the departure it repeats (SPEC "One departure, many reports") keeping every source. One transaction per article, so a
/// failure leaves what was stored before untouched; the same text twice is one article.
/// </summary>
public sealed class ArticleImporter(
    IDbContextFactory<TalentWatchDbContext> contextFactory, DepartureExtractor extractor, TimeProvider timeProvider, CuratedKnowledge? curated = null,
    ReviewSettings? review = null)
{
    /// <summary>The article files a path names: the file itself, or the .md and .txt files under a directory, in name order.</summary>
    public static IReadOnlyList<string> ArticleFiles(string path)
    {
        if (!Directory.Exists(path))
        {
            return [path];
        }

        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads, extracts and stores one article file; bad input is a <see cref="ArticleImportOutcome.Failed"/> result.</summary>
    public async Task<ArticleImportResult> ImportFileAsync(string path, bool accept, DateOnly? published = null, CancellationToken cancellationToken = default)
    {
        ArticleDocument document;
        try
        {
            document = ArticleReader.Read(path, published);
        }
        catch (ArticleFormatException e)
        {
            return new ArticleImportResult(path, ArticleImportOutcome.Failed, Error: e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ArticleImportResult(path, ArticleImportOutcome.Failed, Error: $"{path}: cannot be read: {e.Message}");
        }

        ExtractionResult extraction;
        try
        {
            extraction = curated is null ? extractor.Extract(document) : extractor.Extract(document, await curated.CurrentAsync(cancellationToken));
        }
        catch (ArticleFormatException e)
        {
            // Read but too complex to analyse (a pattern ran out of time): reported like a file that cannot be read, nothing stored.
            return new ArticleImportResult(path, ArticleImportOutcome.Failed, Error: e.Message);
        }

        return await ImportAsync(extraction, accept, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Stores what the extractor found in one article (the import page shows it first, then saves it through here).
    /// With <paramref name="sameUrlIsDuplicate"/> (a fetched web page, whose URL is canonical) an article already stored
    /// under the same URL is a duplicate too, even when the page's text has changed since.
    /// </summary>
    public async Task<ArticleImportResult> ImportAsync(ExtractionResult extraction, bool accept, bool sameUrlIsDuplicate = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var document = extraction.Article;
        var url = sameUrlIsDuplicate ? document.Url : null;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await FindDuplicateAsync(db, document.ContentHash, url, cancellationToken);
        if (existing is not null)
        {
            return new ArticleImportResult(document.FileName, ArticleImportOutcome.Duplicate, existing);
        }

        var now = timeProvider.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // One article import at a time, as SQLite's write lock gives (on PostgreSQL an advisory lock), and the duplicate check
        // again under it: two web instances importing the same seed at start-up get Imported and Duplicate, not a key violation.
        await StoreWrites.SerializeArticleImportsAsync(db, cancellationToken);
        existing = await FindDuplicateAsync(db, document.ContentHash, url, cancellationToken);
        if (existing is not null)
        {
            return new ArticleImportResult(document.FileName, ArticleImportOutcome.Duplicate, existing);
        }

        var article = new Article
        {
            Title = document.Title,
            Source = document.Source,
            Url = document.Url,
            Published = document.Published,
            Language = document.Language,
            LanguageSupported = extraction.LanguageSupported,
            Text = document.Text,
            ContentHash = document.ContentHash,
            FileName = Path.GetFileName(document.FileName),
            ImportedAt = now,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);

        var names = new IndexedNames(db);
        int added = 0, merged = 0;
        var notMoves = new List<string>();
        var today = DepartureDateRule.Today(timeProvider);
        foreach (var found in extraction.Departures)
        {
            // A candidate dated outside 1900 .. one year after today (DepartureDateRule) is a misreading, not news: ignored.
            if (PrecisionDate.TryParse(found.Date, out var stated) && !DepartureDateRule.Allows(stated, today))
            {
                continue;
            }

            var companyId = await names.CompanyAsync(found.From, cancellationToken);
            var destinationId = found.To is null ? (int?)null : await names.CompanyAsync(found.To, cancellationToken);
            if (destinationId == companyId)
            {
                // Two names of one company (an alias only the store knows): not a move (decision U5).
                notMoves.Add(SameCompanyNote(found));
                continue;
            }

            var report = new DepartureReport(
                found.Person is null ? null : await names.PersonAsync(found.Person, cancellationToken),
                companyId,
                destinationId,
                PrecisionDate.TryParse(found.Date, out var date) ? date : PrecisionDate.Unknown,
                found.Role,
                found.Founder);

            // Review:AutoAcceptAbove: a confident enough report is accepted as if the import had been told to accept it.
            var accepted = accept || (review ?? ReviewSettings.Off).AutoAccepts(found.Confidence);
            var departure = await MatchAsync(db, report, cancellationToken);
            if (departure is null)
            {
                departure = DepartureMerger.Create(report, accepted ? DepartureStatus.Accepted : DepartureStatus.Extracted, now);
                departure.Confidence = found.Confidence;
                db.Departures.Add(departure);
                added++;
            }
            else
            {
                // A new report changes the departure under any editor who has it open: their save must see the conflict.
                departure.Version++;
                DepartureMerger.Merge(departure, report, now);
                if (departure.Confidence is null || found.Confidence > departure.Confidence)
                {
                    // Several reports of one departure: it is as certain as the most certain of them.
                    departure.Confidence = found.Confidence;
                }

                if (accepted && departure.Status == DepartureStatus.Extracted)
                {
                    departure.Status = DepartureStatus.Accepted;
                    departure.UpdatedAt = now;
                }

                merged++;
            }

            var (start, length) = Envelope(found.EvidenceSpans);
            departure.Sources.Add(new DepartureSource
            {
                ArticleId = article.Id,
                Url = article.Url,
                Evidence = found.Evidence,
                EvidenceStart = start,
                EvidenceLength = length,
                AddedAt = now,
            });

            // Saved per report, so a later report of the same person in this article finds this one to merge with.
            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var found in extraction.Claims)
        {
            var (start, length) = Envelope(found.EvidenceSpans);
            db.Claims.Add(new Claim
            {
                ArticleId = article.Id,
                CompanyId = await names.CompanyAsync(found.Company, cancellationToken),
                Metric = found.Metric,
                Value = found.Value,
                Evidence = found.Evidence,
                EvidenceStart = start,
                EvidenceLength = length,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var outcome = extraction.LanguageSupported ? ArticleImportOutcome.Imported : ArticleImportOutcome.LanguageNotSupported;
        return new ArticleImportResult(document.FileName, outcome, article.Id, added, merged, extraction.Claims.Count, NotMoves: notMoves);
    }

    /// <summary>
    /// The reports of <paramref name="extraction"/> that would not be stored as moves because the company left and the
    /// destination are names of one company in the store (by index in <see cref="ExtractionResult.Departures"/>, with the
    /// reason), for the import page's preview. A read only: names the store does not know are new companies, so not the same.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, string>> SameCompanyMovesAsync(ExtractionResult extraction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var moves = extraction.Departures.Select((found, index) => (found, index)).Where(m => m.found.To is not null).ToList();
        if (moves.Count == 0)
        {
            return new Dictionary<int, string>();
        }

        var keys = moves.SelectMany(m => new[] { NameKey.For(m.found.From), NameKey.For(m.found.To!) }).Distinct(StringComparer.Ordinal).ToList();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owners = (await db.CompanyAliases.AsNoTracking().Where(a => keys.Contains(a.Key)).Select(a => new { a.Key, a.CompanyId }).ToListAsync(cancellationToken))
            .ToDictionary(a => a.Key, a => a.CompanyId, StringComparer.Ordinal);
        var same = new Dictionary<int, string>();
        foreach (var (found, index) in moves)
        {
            var from = NameKey.For(found.From);
            var to = NameKey.For(found.To!);
            if (from == to || (owners.TryGetValue(from, out var left) && owners.TryGetValue(to, out var joined) && left == joined))
            {
                same[index] = SameCompanyNote(found);
            }
        }

        return same;
    }

    private static string SameCompanyNote(ExtractedDeparture found) =>
        $"{found.Person ?? "An unnamed person"} left '{found.From}' for '{found.To}': both name the same company, so this is not stored as a move.";

    /// <summary>The article with this text, or (when given) stored under this URL.</summary>
    private static async Task<int?> FindDuplicateAsync(TalentWatchDbContext db, string contentHash, string? url, CancellationToken cancellationToken)
    {
        var byText = await db.Articles.AsNoTracking().Where(a => a.ContentHash == contentHash).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (byText is not null || url is null)
        {
            return byText;
        }

        return await db.Articles.AsNoTracking().Where(a => a.Url == url).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The departure a report repeats (SPEC "One departure, many reports"): same person and company, overlapping date, not rejected.</summary>
    internal static async Task<Departure?> MatchAsync(TalentWatchDbContext db, DepartureReport report, CancellationToken cancellationToken)
    {
        if (report.PersonId is not { } personId)
        {
            return null;
        }

        var candidates = await db.Departures
            .Where(d => d.PersonId == personId && d.CompanyId == report.CompanyId && d.Status != DepartureStatus.Rejected)
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
        return DepartureMerger.FindMatch(candidates, report);
    }

    /// <summary>One range from the first evidence sentence's start to the last one's end.</summary>
    private static (int? Start, int? Length) Envelope(IReadOnlyList<TextSpan> spans)
    {
        if (spans.Count == 0)
        {
            return (null, null);
        }

        var start = spans.Min(s => s.Start);
        var end = spans.Max(s => s.Start + s.Length);
        return (start, end - start);
    }
}
