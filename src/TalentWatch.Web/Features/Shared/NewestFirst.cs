using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Store;

namespace TalentWatch.Web.Features.Shared;

/// <summary>
/// Pages of departures with the dated ones first in a given order and the undated ones after them (by id). Two queries,
/// each served in index order, instead of <c>ORDER BY DateStart IS NULL, …</c>, which makes SQLite sort every matching row;
/// and it does not depend on where a database puts NULLs in a descending sort.
/// </summary>
public static class NewestFirst
{
    /// <param name="db">The context the query and the sources are read with.</param>
    /// <param name="query">The filtered departures.</param>
    /// <param name="datedCount">How many of them have a date (<c>DateStart != null</c>).</param>
    /// <param name="skip">Rows before the page.</param>
    /// <param name="take">The page size.</param>
    /// <param name="orderDated">The order of the dated rows; it should follow an index.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public static async Task<List<DepartureRow>> PageAsync(
        TalentWatchDbContext db,
        IQueryable<Departure> query,
        int datedCount,
        int skip,
        int take,
        Func<IQueryable<Departure>, IOrderedQueryable<Departure>> orderDated,
        CancellationToken cancellationToken)
    {
        var rows = new List<DepartureRow>(take);
        if (skip < datedCount)
        {
            rows.AddRange(await orderDated(query.Where(d => d.DateStart != null))
                .Skip(skip).Take(take).ToRowsAsync(db, cancellationToken));
        }

        if (rows.Count < take)
        {
            rows.AddRange(await query.Where(d => d.DateStart == null).OrderBy(d => d.Id)
                .Skip(Math.Max(0, skip - datedCount)).Take(take - rows.Count).ToRowsAsync(db, cancellationToken));
        }

        return rows;
    }
}
