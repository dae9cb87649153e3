using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Reports;
using TalentWatch.Data.Store;

namespace TalentWatch.Web.Features.Reports;

/// <summary>
/// What <see cref="QuarterSummaryCalculator"/> reads from the store for the dashboard headline: the accepted, dated
/// departures it asks for and the companies they left. (The quarter report uses <c>QuarterSummaryService</c>, decision P8.)
/// </summary>
internal static class SummaryInputs
{
    public static async Task<(List<SummaryDeparture> Departures, Dictionary<int, SummaryCompany> Companies)> LoadAsync(
        TalentWatchDbContext db, Expression<Func<Departure, bool>> needed, CancellationToken cancellationToken)
    {
        var departures = await db.Departures
            .Where(d => d.Status == DepartureStatus.Accepted && d.DateStart != null)
            .Where(needed)
            .Select(d => new SummaryDeparture(d.Id, d.PersonId, d.CompanyId, d.DestinationId,
                d.Destination == null ? null : d.Destination.Name, d.DateStart, d.DateEnd, d.Founder == true))
            .ToListAsync(cancellationToken);
        var ids = departures.Select(d => d.CompanyId).Distinct().ToList();
        var companies = await db.Companies.Where(c => ids.Contains(c.Id))
            .Select(c => new SummaryCompany(c.Id, c.Name, c.FoundingTeamSize))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return (departures, companies);
    }
}
