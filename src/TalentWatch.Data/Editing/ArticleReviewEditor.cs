using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.History;
using TalentWatch.Data.Imports.Articles;
using TalentWatch.Data.Resolution;
using TalentWatch.Data.Store;
using TalentWatch.Extraction;

namespace TalentWatch.Data.Editing;

/// <summary>What adding a departure from an article did: the outcome, and the departure it was stored as (new or merged into).</summary>
public sealed record AddedFromArticle(EditResult Result, int? DepartureId, bool MergedIntoExisting)
{
    public bool Succeeded => Result.Succeeded;
}

/// <summary>
/// An editor's review of one article (issue 11): record a departure the extractor missed from sentences of the article,
/// dismiss a possible-departure marker, mark the article reviewed (its departures and claims are then labelled data for
/// <c>eval export</c> and the quality page). Each call is one context and one transaction.
/// </summary>
public sealed class ArticleReviewEditor(IDbContextFactory<TalentWatchDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>At most this many evidence ranges ("a few sentences") and this many characters of evidence in all.</summary>
    public const int MaxEvidenceSpans = 20;

    public const int MaxEvidenceLength = 5000;

    public ArticleReviewEditor(IDbContextFactory<TalentWatchDbContext> contextFactory)
        : this(contextFactory, TimeProvider.System)
    {
    }

    /// <summary>
    /// Stores an accepted departure an editor read in <paramref name="evidence"/> (ranges of the article's text). Names resolve
    /// through the alias tables like an import's, and the report goes through the import's merge rule: when it repeats a
    /// departure already stored (same person and company, overlapping date) it is merged into that one, which becomes accepted;
    /// else a new departure is created. Either way the article's sentences become a source and the history says so.
    /// </summary>
    public async Task<AddedFromArticle> AddDepartureAsync(
        int articleId, DepartureFields fields, IReadOnlyList<TextSpan> evidence, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(actor);
        var problem = DepartureEditor.Validate(fields, DepartureDateRule.Today(timeProvider), out var date);
        if (problem is not null)
        {
            return new AddedFromArticle(EditResult.Invalid(problem), null, false);
        }

        if (evidence.Count == 0)
        {
            return new AddedFromArticle(EditResult.Invalid("Select the sentence(s) of the article that state the departure."), null, false);
        }

        if (evidence.Count > MaxEvidenceSpans)
        {
            return new AddedFromArticle(EditResult.Invalid($"At most {MaxEvidenceSpans} evidence ranges; select fewer sentences."), null, false);
        }

        Departure? stored = null;
        var merged = false;
        var result = await ChangeWriter.RunAsync(contextFactory, async db =>
        {
            var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => new { a.Id, a.Title, a.Url, a.Text }).SingleOrDefaultAsync(cancellationToken);
            if (article is null)
            {
                return EditResult.NotFound($"Article {articleId}");
            }

            var spanProblem = EvidenceProblem(evidence, article.Text.Length);
            if (spanProblem is not null)
            {
                return EditResult.Invalid(spanProblem);
            }

            var ordered = evidence.OrderBy(s => s.Start).ToList();
            var text = string.Join(" ", ordered.Select(s => article.Text.Substring(s.Start, s.Length).Trim()).Where(t => t.Length > 0));
            if (text.Length == 0)
            {
                return EditResult.Invalid("The selected evidence is blank.");
            }

            if (text.Length > MaxEvidenceLength)
            {
                return EditResult.Invalid($"The selected evidence is longer than {MaxEvidenceLength} characters; select only the sentences that state the departure.");
            }

            var names = new IndexedNames(db);
            var report = new DepartureReport(
                string.IsNullOrWhiteSpace(fields.Person) ? null : await names.PersonAsync(fields.Person.Trim(), cancellationToken),
                await names.CompanyAsync(fields.Company.Trim(), cancellationToken),
                string.IsNullOrWhiteSpace(fields.Destination) ? null : await names.CompanyAsync(fields.Destination.Trim(), cancellationToken),
                date,
                string.IsNullOrWhiteSpace(fields.Role) ? null : fields.Role.Trim(),
                fields.Founder);
            var now = timeProvider.GetUtcNow();
            var departure = await ArticleImporter.MatchAsync(db, report, cancellationToken);
            object? before = null;
            string summary;
            if (departure is null)
            {
                departure = DepartureMerger.Create(report, DepartureStatus.Accepted, now);
                db.Departures.Add(departure);
                summary = $"Added by an editor from the article{TitleOf(article.Title)}";
            }
            else
            {
                if (departure.MergedIntoId is not null)
                {
                    // MatchAsync skips rejected departures and a merged-away one is always rejected; kept as a guard.
                    return EditResult.Invalid($"Departure {departure.Id} was merged into another one.");
                }

                var fieldsBefore = await DepartureEditor.FieldsOfAsync(db, departure, cancellationToken);
                before = new { fieldsBefore.Person, fieldsBefore.Company, fieldsBefore.Destination, fieldsBefore.Date, fieldsBefore.Role, fieldsBefore.Founder, status = DepartureEditor.StatusName(departure.Status) };

                // Changes the departure under any editor who has it open: their save must see the conflict.
                departure.Version++;
                DepartureMerger.Merge(departure, report, now);
                departure.Status = DepartureStatus.Accepted;
                departure.UpdatedAt = now;
                merged = true;
                summary = $"Added by an editor from the article{TitleOf(article.Title)} (the same departure was already recorded: merged into it)";
            }

            var start = ordered[0].Start;
            var end = ordered.Max(s => s.Start + s.Length);
            departure.Sources.Add(new DepartureSource
            {
                ArticleId = article.Id,
                Url = article.Url,
                Evidence = text,
                EvidenceStart = start,
                EvidenceLength = end - start,
                AddedAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
            var after = await DepartureEditor.FieldsOfAsync(db, departure, cancellationToken);
            ChangeWriter.Record(db, actor, now, ChangedRecordType.Departure, departure.Id, ChangeActions.AddedFromArticle, before,
                new { after.Person, after.Company, after.Destination, after.Date, after.Role, after.Founder, status = "accepted", articleId = article.Id, evidenceStart = start, evidenceLength = end - start },
                summary);
            stored = departure;
            return EditResult.Saved(merged ? $"Saved: merged into departure {departure.Id}, which was already recorded." : "Saved: departure added.");
        }, cancellationToken);
        return new AddedFromArticle(result, result.Succeeded ? stored?.Id : null, result.Succeeded && merged);
    }

    /// <summary>Records that the sentence at <paramref name="span"/> is not a departure, so its marker stays dismissed.</summary>
    public async Task<EditResult> DismissPossibleDepartureAsync(int articleId, TextSpan span, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        try
        {
            return await ChangeWriter.RunAsync(contextFactory, async db =>
            {
                var length = await db.Articles.Where(a => a.Id == articleId).Select(a => (int?)a.Text.Length).SingleOrDefaultAsync(cancellationToken);
                if (length is null)
                {
                    return EditResult.NotFound($"Article {articleId}");
                }

                if (EvidenceProblem([span], length.Value) is { } problem)
                {
                    return EditResult.Invalid(problem);
                }

                if (await IsDismissedAsync(db, articleId, span, cancellationToken))
                {
                    return EditResult.Invalid("That sentence was already dismissed.");
                }

                db.PossibleDepartureDismissals.Add(new PossibleDepartureDismissal
                {
                    ArticleId = articleId,
                    SpanStart = span.Start,
                    SpanLength = span.Length,
                    DismissedBy = actor.Name,
                    DismissedAt = timeProvider.GetUtcNow(),
                });
                return EditResult.Saved("Dismissed: not a departure.");
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two editors dismissing the same sentence at once: the unique index lets one win; the other is told, not failed.
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (await IsDismissedAsync(db, articleId, span, cancellationToken))
            {
                return EditResult.Invalid("That sentence was already dismissed.");
            }

            throw;
        }
    }

    /// <summary>Takes back a dismissal: the sentence is marked as a possible departure again.</summary>
    public async Task<EditResult> RestorePossibleDepartureAsync(int articleId, TextSpan span, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var removed = await db.PossibleDepartureDismissals
            .Where(d => d.ArticleId == articleId && d.SpanStart == span.Start && d.SpanLength == span.Length)
            .ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? EditResult.Invalid("That sentence is not dismissed.") : EditResult.Saved("Marked as a possible departure again.");
    }

    /// <summary>The dismissed sentence ranges of an article, in text order.</summary>
    public async Task<IReadOnlyList<TextSpan>> DismissedAsync(int articleId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.PossibleDepartureDismissals.AsNoTracking().Where(d => d.ArticleId == articleId)
            .OrderBy(d => d.SpanStart).ThenBy(d => d.SpanLength)
            .Select(d => new { d.SpanStart, d.SpanLength })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new TextSpan(r.SpanStart, r.SpanLength)).ToList();
    }

    /// <summary>
    /// Of the sentences the extractor marks as possible departures in each article (<c>ExtractionResult.PossibleDepartures</c>),
    /// those still waiting for an editor: not dismissed, and not overlapping the evidence of a departure recorded from that
    /// article (turning a marker into a departure resolves it). Two queries whatever the number of articles.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<TextSpan>>> UnresolvedAsync(
        IReadOnlyDictionary<int, IReadOnlyList<TextSpan>> possibleByArticle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(possibleByArticle);
        var ids = possibleByArticle.Where(p => p.Value.Count > 0).Select(p => p.Key).ToList();
        var result = possibleByArticle.ToDictionary(p => p.Key, _ => (IReadOnlyList<TextSpan>)[]);
        if (ids.Count == 0)
        {
            return result;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var dismissed = (await db.PossibleDepartureDismissals.AsNoTracking().Where(d => ids.Contains(d.ArticleId))
                .Select(d => new { d.ArticleId, d.SpanStart, d.SpanLength }).ToListAsync(cancellationToken))
            .Select(d => (d.ArticleId, new TextSpan(d.SpanStart, d.SpanLength))).ToHashSet();
        var evidence = (await db.DepartureSources.AsNoTracking()
                .Where(s => s.ArticleId != null && ids.Contains(s.ArticleId.Value) && s.EvidenceStart != null && s.EvidenceLength != null)
                .Select(s => new { ArticleId = s.ArticleId!.Value, Start = s.EvidenceStart!.Value, Length = s.EvidenceLength!.Value }).ToListAsync(cancellationToken))
            .ToLookup(s => s.ArticleId, s => new TextSpan(s.Start, s.Length));
        foreach (var id in ids)
        {
            result[id] = possibleByArticle[id]
                .Where(span => !dismissed.Contains((id, span)) && !evidence[id].Any(e => e.Start < span.Start + span.Length && span.Start < e.Start + e.Length))
                .ToList();
        }

        return result;
    }

    /// <summary>
    /// Marks the article reviewed: every departure it reports is settled (none still awaits review), so what the team kept is
    /// its labelled answer. Refused while a departure of the article is still extracted.
    /// </summary>
    public Task<EditResult> MarkReviewedAsync(int articleId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeWriter.RunAsync(contextFactory, async db =>
        {
            var article = await db.Articles.FindAsync([articleId], cancellationToken);
            if (article is null)
            {
                return EditResult.NotFound($"Article {articleId}");
            }

            if (article.ReviewedAt is not null)
            {
                return EditResult.Invalid($"The article was already marked reviewed by {article.ReviewedBy}.");
            }

            var waiting = await db.DepartureSources.Where(s => s.ArticleId == articleId)
                .Join(db.Departures, s => s.DepartureId, d => d.Id, (s, d) => d)
                .Where(d => d.Status == DepartureStatus.Extracted && d.MergedIntoId == null)
                .Select(d => d.Id)
                .Distinct()
                .CountAsync(cancellationToken);
            if (waiting > 0)
            {
                return EditResult.Invalid($"{waiting} departure{(waiting == 1 ? " of this article still awaits" : "s of this article still await")} review: "
                                          + "accept, correct or reject each first.");
            }

            article.ReviewedAt = timeProvider.GetUtcNow();
            article.ReviewedBy = actor.Name;
            return EditResult.Saved("Marked reviewed.");
        }, cancellationToken);
    }

    /// <summary>Takes the article out of the labelled data again (to change what was settled).</summary>
    public Task<EditResult> UnmarkReviewedAsync(int articleId, CancellationToken cancellationToken = default) =>
        ChangeWriter.RunAsync(contextFactory, async db =>
        {
            var article = await db.Articles.FindAsync([articleId], cancellationToken);
            if (article is null)
            {
                return EditResult.NotFound($"Article {articleId}");
            }

            if (article.ReviewedAt is null)
            {
                return EditResult.Invalid("The article is not marked reviewed.");
            }

            article.ReviewedAt = null;
            article.ReviewedBy = null;
            return EditResult.Saved("No longer marked reviewed.");
        }, cancellationToken);

    private static Task<bool> IsDismissedAsync(TalentWatchDbContext db, int articleId, TextSpan span, CancellationToken cancellationToken) =>
        db.PossibleDepartureDismissals.AnyAsync(d => d.ArticleId == articleId && d.SpanStart == span.Start && d.SpanLength == span.Length, cancellationToken);

    /// <summary>A sentence naming the first range outside the article's text, else null.</summary>
    private static string? EvidenceProblem(IEnumerable<TextSpan> spans, int textLength)
    {
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.Length <= 0 || span.Start > textLength - span.Length)
            {
                return $"The range {span.Start}+{span.Length} is not inside the article's text (0..{textLength}).";
            }
        }

        return null;
    }

    private static string TitleOf(string? title) => string.IsNullOrWhiteSpace(title) ? string.Empty : $" \"{title}\"";
}
