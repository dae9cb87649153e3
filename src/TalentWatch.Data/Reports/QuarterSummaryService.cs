using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Reports;
using TalentWatch.Data.Resolution;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Reports;

/// <summary>
/// The SPEC quarter summary from the store: reads only the accepted departures overlapping the quarter, projected, counts
/// foundersDepartedToDate per company in SQL, and hands both to <see cref="QuarterSummaryCalculator"/>. The report page,
/// exports, API and <c>talentwatch summary</c> all use it.
/// </summary>
public sealed class QuarterSummaryService(IDbContextFactory<TalentWatchDbContext> contextFactory)
{
    /// <summary>The summary of every company.</summary>
    public async Task<QuarterSummary> GetAsync(Quarter quarter, CancellationToken cancellationToken = default) =>
        (await ComputeAsync(quarter, null, cancellationToken))!;

    /// <summary>The summary restricted to one company (slug, name or alias); null when no company has that name.</summary>
    public Task<QuarterSummary?> GetForCompanyAsync(Quarter quarter, string company, CancellationToken cancellationToken = default) =>
        ComputeAsync(quarter, company, cancellationToken);

    private async Task<QuarterSummary?> ComputeAsync(Quarter quarter, string? companyName, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await PlainCommand.OnContextAsync(db, (connection, _) => ComputeAsync(connection, quarter, companyName, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The summary (restricted to one company when <paramref name="companyName"/> is given; null when no company has that name)
    /// read on an open connection to the store in plain SQL: the web app through the service above, the command line directly,
    /// so a command's start does not build EF Core's query pipeline for four queries (decision P22).
    /// </summary>
    public static async Task<QuarterSummary?> ComputeAsync(DbConnection connection, Quarter quarter, string? companyName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        int? companyId = null;
        if (companyName is not null)
        {
            companyId = await CompanyLookup.FindIdAsync(connection, companyName, cancellationToken);
            if (companyId is null)
            {
                return null;
            }
        }

        var start = quarter.Start;
        var end = quarter.End;

        // Overlapping the quarter (in or unplaced). No interval is longer than a year, so the lower bound on DateStart lets
        // SQLite range-scan the (Status, DateStart, DateEnd) index instead of reading every earlier departure.
        var earliestStart = start.DayNumber > 366 ? start.AddDays(-366) : DateOnly.MinValue; // total at 0001-Q1
        var departures = new List<SummaryDeparture>();
        await using (var command = WithCompany(PlainCommand.Create(connection, $"""
                SELECT d."Id", d."PersonId", d."CompanyId", d."DestinationId", c."Name", d."DateStart", d."DateEnd", d."Founder"
                FROM "Departures" AS d
                LEFT JOIN "Companies" AS c ON d."DestinationId" = c."Id"
                WHERE {AcceptedOf(companyId)} AND d."DateStart" >= @earliestStart AND d."DateStart" <= @end AND d."DateEnd" >= @start
                """), companyId)
            .With("@earliestStart", earliestStart).With("@end", end).With("@start", start))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                departures.Add(new SummaryDeparture(
                    reader.GetInt32(0),
                    reader.GetNullableInt32(1),
                    reader.GetInt32(2),
                    reader.GetNullableInt32(3),
                    reader.GetNullableString(4),
                    reader.GetNullableDate(5),
                    reader.GetNullableDate(6),
                    reader.GetTrue(7)));
            }
        }

        var foundersDepartedToDate = await FoundersDepartedToDateAsync(connection, companyId, end, cancellationToken);

        // Companies and headcount snapshots are small tables (thousands of rows): reading them whole is cheaper than an
        // IN list of every company with a departure in the quarter.
        var companies = new Dictionary<int, SummaryCompany>();
        await using (var command = PlainCommand.Create(connection, """SELECT "Id", "Name", "FoundingTeamSize" FROM "Companies" """))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var company = new SummaryCompany(reader.GetInt32(0), reader.GetString(1), reader.GetNullableInt32(2));
                companies.Add(company.Id, company);
            }
        }

        var headcounts = new List<SummaryHeadcount>();
        await using (var command = PlainCommand.Create(connection, """SELECT "CompanyId", "AsOf", "Headcount" FROM "Headcounts" WHERE "AsOf" <= @start""")
            .With("@start", start))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                headcounts.Add(new SummaryHeadcount(reader.GetInt32(0), reader.GetFieldValue<DateOnly>(1), reader.GetInt32(2)));
            }
        }

        return QuarterSummaryCalculator.Compute(quarter, departures, companies, headcounts, foundersDepartedToDate, companyId);
    }

    /// <summary>
    /// foundersDepartedToDate per company counted in the store, so the summary does not read every founder departure up to
    /// the quarter (docs/decisions.md P-numbered "foundersDepartedToDate in SQL"): distinct named founders plus each unnamed
    /// founder departure, over dated founder departures ending on or before <paramref name="quarterEnd"/>. Core's
    /// <see cref="QuarterSummaryCalculator.FoundersDepartedToDate"/> is the definition; SummaryQueryConsistencyTests compare.
    /// </summary>
    internal static async Task<Dictionary<int, int>> FoundersDepartedToDateAsync(
        DbConnection connection, int? companyId, DateOnly quarterEnd, CancellationToken cancellationToken)
    {
        // A named founder counts once per company (their person id), an unnamed founder departure counts alone (its own id,
        // negated so it cannot equal a person id).
        await using var command = WithCompany(PlainCommand.Create(connection, $"""
                SELECT f."CompanyId", COUNT(*)
                FROM (
                    SELECT DISTINCT d."CompanyId", COALESCE(d."PersonId", -d."Id") AS "Founder"
                    FROM "Departures" AS d
                    WHERE {AcceptedOf(companyId)} AND d."Founder" AND d."DateStart" IS NOT NULL AND d."DateEnd" <= @quarterEnd
                ) AS f
                GROUP BY f."CompanyId"
                """), companyId)
            .With("@quarterEnd", quarterEnd);
        var counts = new Dictionary<int, int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(reader.GetInt32(0), (int)reader.GetInt64(1));
        }

        return counts;
    }

    /// <summary>Accepted departures (of one company when <paramref name="companyId"/> is given, as <c>@company</c>); only accepted ones count (SPEC).</summary>
    private static string AcceptedOf(int? companyId) =>
        $"""d."Status" = {(int)DepartureStatus.Accepted}""" + (companyId is null ? string.Empty : """ AND d."CompanyId" = @company""");

    private static DbCommand WithCompany(DbCommand command, int? companyId) =>
        companyId is { } id ? command.With("@company", id) : command;
}
