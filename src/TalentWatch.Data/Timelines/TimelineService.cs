using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Reports;
using TalentWatch.Core.Timelines;
using TalentWatch.Data.Resolution;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Timelines;

/// <summary>A company's accepted departures with their sources, the founding-team attrition series and the destinations.</summary>
public sealed class TimelineService(IDbContextFactory<TalentWatchDbContext> contextFactory, TimeProvider timeProvider)
{
    public TimelineService(IDbContextFactory<TalentWatchDbContext> contextFactory)
        : this(contextFactory, TimeProvider.System)
    {
    }

    /// <summary>
    /// The timeline of <paramref name="company"/> (slug, name or alias); with <paramref name="destination"/> (an employer's
    /// slug, name or alias) only the departures to it, an unknown employer giving none. Null when the company is unknown.
    /// The attrition series runs from the quarter of the founding (else of the first dated departure) to the current
    /// quarter (or the quarter in which the last departure's date starts, if later); it always counts all founder departures, whatever the filter.
    /// </summary>
    public async Task<CompanyTimeline?> GetAsync(string company, string? destination = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await CompanyLookup.FindIdAsync(db, company, cancellationToken) is not { } companyId)
        {
            return null;
        }

        var header = await db.Companies.AsNoTracking()
            .Where(c => c.Id == companyId)
            .Select(c => new { c.Id, c.Name, c.Slug, c.Founded, c.FoundingTeamSize })
            .SingleAsync(cancellationToken);

        NamedRef? destinationFilter = null;
        var filterMatchesNothing = false;
        if (!string.IsNullOrWhiteSpace(destination))
        {
            var destinationId = await CompanyLookup.FindIdAsync(db, destination, cancellationToken);
            if (destinationId is { } id)
            {
                destinationFilter = await db.Companies.AsNoTracking().Where(c => c.Id == id)
                    .Select(c => new NamedRef(c.Id, c.Name, c.Slug)).SingleAsync(cancellationToken);
            }
            else
            {
                filterMatchesNothing = true;
            }
        }

        var rows = await db.Departures.AsNoTracking()
            .Where(d => d.CompanyId == companyId && d.Status == DepartureStatus.Accepted)
            .Select(d => new
            {
                d.Id,
                d.PersonId,
                PersonName = d.Person != null ? d.Person.Name : null,
                PersonSlug = d.Person != null ? d.Person.Slug : null,
                d.DestinationId,
                DestinationName = d.Destination != null ? d.Destination.Name : null,
                DestinationSlug = d.Destination != null ? d.Destination.Slug : null,
                d.DateText,
                d.DateEnd,
                d.Role,
                d.Founder,
            })
            .ToListAsync(cancellationToken);

        // The sources in a second flat query, grouped here: a company with thousands of departures is read as two plain row
        // sets instead of through EF's split-query collection shaper.
        var sourceRows = await (
                from s in db.DepartureSources.AsNoTracking()
                join d in db.Departures on s.DepartureId equals d.Id
                where d.CompanyId == companyId && d.Status == DepartureStatus.Accepted
                orderby s.DepartureId, s.Id
                select new
                {
                    s.DepartureId,
                    Source = new TimelineSource(s.Url, s.Evidence, s.ArticleId, s.Article != null ? s.Article.Title : null, s.Article != null ? s.Article.Url : null),
                })
            .ToListAsync(cancellationToken);
        var sourcesOf = new Dictionary<int, List<TimelineSource>>(rows.Count);
        foreach (var source in sourceRows)
        {
            if (!sourcesOf.TryGetValue(source.DepartureId, out var list))
            {
                sourcesOf[source.DepartureId] = list = [];
            }

            list.Add(source.Source);
        }

        var entries = rows
            .Where(r => !filterMatchesNothing && (destinationFilter is null || r.DestinationId == destinationFilter.Id))
            .Select(r =>
            {
                var date = PrecisionDate.Parse(r.DateText);
                return new TimelineEntry(
                    r.Id,
                    r.PersonId is { } personId ? new NamedRef(personId, r.PersonName!, r.PersonSlug!) : null,
                    r.DestinationId is { } destinationId ? new NamedRef(destinationId, r.DestinationName!, r.DestinationSlug!) : null,
                    date.ToNullableString(),
                    date.Precision,
                    date.ToDisplayString(),
                    r.Role,
                    r.Founder == true,
                    sourcesOf.TryGetValue(r.Id, out var sources) ? sources : []);
            })
            .OrderBy(e => PrecisionDate.Parse(e.Date))
            .ThenBy(e => e.Person?.Name, QuarterSummaryCalculator.NameOrder)
            .ThenBy(e => e.Id)
            .ToList();

        var destinations = entries
            .GroupBy(e => e.Destination?.Name, StringComparer.Ordinal)
            .Select(g => new DestinationCount(g.Key, g.Count()))
            .OrderByDescending(d => d.Departures)
            .ThenBy(d => d.Employer is null ? 1 : 0)
            .ThenBy(d => d.Employer, QuarterSummaryCalculator.NameOrder)
            .ToList();

        var founderDepartures = rows.Where(r => r.Founder == true).Select(r => new FounderDeparture(r.PersonId, r.DateEnd)).ToList();
        var starts = rows.Where(r => r.DateEnd is not null).Select(r => PrecisionDate.Parse(r.DateText).Interval!.Value.Start).ToList();
        var firstDated = starts.DefaultIfEmpty().Min();
        var lastDated = starts.DefaultIfEmpty().Max();
        IReadOnlyList<AttritionPoint> series = [];
        DateOnly? seriesStart = header.Founded ?? (rows.Any(r => r.DateEnd is not null) ? firstDated : null);
        if (seriesStart is { } from)
        {
            var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
            // No series past one year after today: a stored date beyond that breaks DepartureDateRule and would only
            // stretch the series to thousands of empty quarters (a departure in 9999 once did).
            var latest = DepartureDateRule.Latest(today);
            var last = Quarter.Containing(lastDated > today ? (lastDated > latest ? latest : lastDated) : today);
            var first = Quarter.Containing(from);
            series = first <= last ? FoundingTeamAttrition.Series(first, last, founderDepartures, header.FoundingTeamSize) : [];
        }

        return new CompanyTimeline(
            new NamedRef(header.Id, header.Name, header.Slug),
            header.Founded,
            header.FoundingTeamSize,
            destinationFilter,
            entries,
            series,
            destinations);
    }
}
