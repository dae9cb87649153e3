using System.Data.Common;
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
        return await PlainCommand.OnContextAsync(db, (connection, _) => GetAsync(connection, timeProvider, company, destination, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// As above, read on an open connection to the store in plain SQL: the command line calls it directly, so a command's start
    /// does not build EF Core's query pipeline for its five queries (decision P22).
    /// </summary>
    public static async Task<CompanyTimeline?> GetAsync(DbConnection connection, TimeProvider timeProvider, string company, string? destination = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (await CompanyLookup.FindIdAsync(connection, company, cancellationToken) is not { } companyId)
        {
            return null;
        }

        var header = await ReadCompanyAsync(connection, companyId, cancellationToken);

        NamedRef? destinationFilter = null;
        var filterMatchesNothing = false;
        if (!string.IsNullOrWhiteSpace(destination))
        {
            var destinationId = await CompanyLookup.FindIdAsync(connection, destination, cancellationToken);
            if (destinationId is { } id)
            {
                destinationFilter = (await ReadCompanyAsync(connection, id, cancellationToken)).Ref;
            }
            else
            {
                filterMatchesNothing = true;
            }
        }

        var rows = new List<DepartureRow>();
        await using (var command = PlainCommand.Create(connection, $"""
                SELECT d."Id", d."PersonId", p."Name", p."Slug", d."DestinationId", c."Name", c."Slug", d."DateText", d."DateEnd", d."Role", d."Founder"
                FROM "Departures" AS d
                LEFT JOIN "People" AS p ON d."PersonId" = p."Id"
                LEFT JOIN "Companies" AS c ON d."DestinationId" = c."Id"
                WHERE d."CompanyId" = @company AND d."Status" = {(int)DepartureStatus.Accepted}
                """).With("@company", companyId))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new DepartureRow(
                    reader.GetInt32(0),
                    reader.GetNullableInt32(1),
                    reader.GetNullableString(2),
                    reader.GetNullableString(3),
                    reader.GetNullableInt32(4),
                    reader.GetNullableString(5),
                    reader.GetNullableString(6),
                    reader.GetNullableString(7),
                    reader.GetNullableDate(8),
                    reader.GetNullableString(9),
                    reader.GetTrue(10)));
            }
        }

        // The sources in a second flat query, grouped here: a company with thousands of departures is read as two plain row
        // sets instead of a nested collection (decision P21).
        var sourcesOf = new Dictionary<int, List<TimelineSource>>(rows.Count);
        await using (var command = PlainCommand.Create(connection, $"""
                SELECT s."DepartureId", s."Url", s."Evidence", s."ArticleId", a."Title", a."Url"
                FROM "DepartureSources" AS s
                INNER JOIN "Departures" AS d ON s."DepartureId" = d."Id"
                LEFT JOIN "Articles" AS a ON s."ArticleId" = a."Id"
                WHERE d."CompanyId" = @company AND d."Status" = {(int)DepartureStatus.Accepted}
                ORDER BY s."DepartureId", s."Id"
                """).With("@company", companyId))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var departureId = reader.GetInt32(0);
                if (!sourcesOf.TryGetValue(departureId, out var list))
                {
                    sourcesOf[departureId] = list = [];
                }

                list.Add(new TimelineSource(
                    reader.GetNullableString(1), reader.GetNullableString(2), reader.GetNullableInt32(3), reader.GetNullableString(4), reader.GetNullableString(5)));
            }
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
                    r.Founder,
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

        var founderDepartures = rows.Where(r => r.Founder).Select(r => new FounderDeparture(r.PersonId, r.DateEnd)).ToList();
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
            header.Ref,
            header.Founded,
            header.FoundingTeamSize,
            destinationFilter,
            entries,
            series,
            destinations);
    }

    private static async Task<CompanyHeader> ReadCompanyAsync(DbConnection connection, int companyId, CancellationToken cancellationToken)
    {
        await using var command = PlainCommand.Create(connection, """SELECT "Id", "Name", "Slug", "Founded", "FoundingTeamSize" FROM "Companies" WHERE "Id" = @id""")
            .With("@id", companyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new CompanyHeader(new NamedRef(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)), reader.GetNullableDate(3), reader.GetNullableInt32(4))
            : throw new InvalidOperationException($"company {companyId} was found by name but is gone");
    }

    private sealed record CompanyHeader(NamedRef Ref, DateOnly? Founded, int? FoundingTeamSize);

    private sealed record DepartureRow(
        int Id,
        int? PersonId,
        string? PersonName,
        string? PersonSlug,
        int? DestinationId,
        string? DestinationName,
        string? DestinationSlug,
        string? DateText,
        DateOnly? DateEnd,
        string? Role,
        bool Founder);
}
