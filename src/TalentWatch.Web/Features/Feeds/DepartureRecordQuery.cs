using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Shared;

namespace TalentWatch.Web.Features.Feeds;

/// <summary>One accepted departure for its public page; extracted (unreviewed) and rejected ones are not public.</summary>
public sealed class DepartureRecordQuery(IDbContextFactory<TalentWatchDbContext> factory)
{
    public async Task<DepartureRow?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Departures.Where(d => d.Id == id && d.Status == DepartureStatus.Accepted).ToRowsAsync(db, cancellationToken);
        return rows.SingleOrDefault();
    }
}
