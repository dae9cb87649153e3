using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.History;
using TalentWatch.Data.Store;
using TalentWatch.Extraction;
using TalentWatch.Extraction.Evaluation;

namespace TalentWatch.Data.Quality;

/// <summary>The extractor's figures on one group of reviewed articles (all of them, one language, one month of import).</summary>
public sealed record QualityFigures(string Label, int Articles, EvaluationReport Report);

/// <summary>How many departures editors corrected in one way (<see cref="CorrectionKinds"/>).</summary>
public sealed record CorrectionCount(string Kind, int Departures);

/// <summary>The quality page: today's extractor scored on the team's reviewed articles, and what editors correct most.</summary>
public sealed record QualitySummary(
    int ReviewedArticles,
    QualityFigures Overall,
    IReadOnlyList<QualityFigures> ByLanguage,
    IReadOnlyList<QualityFigures> ByImportMonth,
    IReadOnlyList<CorrectionCount> Corrections);

/// <summary>The kinds of correction counted from the history, in the order shown when counts tie.</summary>
public static class CorrectionKinds
{
    public const string CompanyLeftChanged = "Company left changed";
    public const string DestinationAdded = "Destination added";
    public const string DestinationChanged = "Destination changed or removed";
    public const string DateChanged = "Date changed";
    public const string PersonChanged = "Person changed";
    public const string Rejected = "Rejected as not a departure";
    public const string AddedByHand = "Added by hand from an article";

    public static readonly IReadOnlyList<string> All = [CompanyLeftChanged, DestinationAdded, DestinationChanged, DateChanged, PersonChanged, Rejected, AddedByHand];
}

/// <summary>
/// Scores today's extractor on the reviewed articles exactly as <c>eval</c> scores an exported set (the same gold, the same
/// extractor without the store's curated names, the same scorer), overall, per language and per month of import; and counts
/// the departures editors corrected, by kind, from the history. Registered as a singleton: the extractor's reading of an
/// article is kept (by article id and content hash, at most <see cref="MaxCachedArticles"/>), since it only changes with a
/// new release, so a page view re-reads only the store.
/// </summary>
public sealed class QualityReport(IDbContextFactory<TalentWatchDbContext> contextFactory, DepartureExtractor extractor)
{
    public const int MaxCachedArticles = 20_000;

    private readonly ConcurrentDictionary<(int Id, string Hash), ScoredArticle> predictions = new();

    public async Task<QualitySummary> GetAsync(CancellationToken cancellationToken = default)
    {
        var set = await new ReviewedArticles(contextFactory).LoadAsync(cancellationToken);
        var gold = set.ToGold();
        var predicted = set.Articles.Select(Predict).ToList();

        QualityFigures Figures(string label, Func<ReviewedArticle, bool> keep)
        {
            var files = set.Articles.Where(keep).Select(a => a.File).ToHashSet(StringComparer.Ordinal);
            return new QualityFigures(label, files.Count, ExtractionScorer.Score(gold.Where(a => files.Contains(a.File)), predicted.Where(p => files.Contains(p.File))));
        }

        var byLanguage = set.Articles.Select(a => a.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(language => Figures(language, a => a.Language == language)).ToList();
        var byMonth = set.Articles.Select(a => MonthOf(a.ImportedAt)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(month => Figures(month, a => MonthOf(a.ImportedAt) == month)).ToList();
        return new QualitySummary(set.Articles.Count, Figures("All reviewed articles", _ => true), byLanguage, byMonth, await CorrectionsAsync(cancellationToken));
    }

    /// <summary>Departures corrected in each way, most common first (a departure counts once per kind, however often it was edited).</summary>
    public async Task<IReadOnlyList<CorrectionCount>> CorrectionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        string[] actions = [ChangeActions.Edited, ChangeActions.Rejected, ChangeActions.AddedFromArticle];
        var changes = await db.Changes.AsNoTracking()
            .Where(c => c.RecordType == ChangedRecordType.Departure && actions.Contains(c.Action))
            .Select(c => new { c.RecordId, c.Action, c.Before, c.After })
            .ToListAsync(cancellationToken);
        var departures = CorrectionKinds.All.ToDictionary(k => k, _ => new HashSet<int>(), StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (change.Action == ChangeActions.Rejected)
            {
                departures[CorrectionKinds.Rejected].Add(change.RecordId);
            }
            else if (change.Action == ChangeActions.AddedFromArticle)
            {
                departures[CorrectionKinds.AddedByHand].Add(change.RecordId);
            }
            else
            {
                foreach (var kind in EditKinds(change.Before, change.After))
                {
                    departures[kind].Add(change.RecordId);
                }
            }
        }

        return CorrectionKinds.All
            .Select((kind, order) => (Count: new CorrectionCount(kind, departures[kind].Count), Order: order))
            .OrderByDescending(c => c.Count.Departures).ThenBy(c => c.Order)
            .Select(c => c.Count)
            .ToList();
    }

    private ScoredArticle Predict(ReviewedArticle article)
    {
        if (predictions.Count >= MaxCachedArticles)
        {
            predictions.Clear();
        }

        return predictions.GetOrAdd((article.Id, article.ContentHash), _ => ScoredArticle.From(extractor.Extract(article.Document)));
    }

    private static string MonthOf(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The kinds of correction an edit's before/after fields (DepartureEditor's history) show.</summary>
    private static IEnumerable<string> EditKinds(string? before, string? after)
    {
        var old = Fields(before);
        var now = Fields(after);
        if (now.ContainsKey("company"))
        {
            yield return CorrectionKinds.CompanyLeftChanged;
        }

        if (now.TryGetValue("destination", out var destination))
        {
            yield return old.GetValueOrDefault("destination") is null && destination is not null ? CorrectionKinds.DestinationAdded : CorrectionKinds.DestinationChanged;
        }

        if (now.ContainsKey("date"))
        {
            yield return CorrectionKinds.DateChanged;
        }

        if (now.ContainsKey("person"))
        {
            yield return CorrectionKinds.PersonChanged;
        }
    }

    /// <summary>A history JSON object's fields as text (null for a JSON null); a record that is not an object reads as empty.</summary>
    private static Dictionary<string, string?> Fields(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return fields;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    fields[property.Name] = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.ToString();
                }
            }
        }
        catch (JsonException)
        {
            // A history row written by hand or by an older release: no kinds, rather than no page.
        }

        return fields;
    }
}
