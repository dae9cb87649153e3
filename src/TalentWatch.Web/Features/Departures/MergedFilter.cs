using TalentWatch.Data.Resolution;

namespace TalentWatch.Web.Features.Departures;

/// <summary>The explorer's <c>?from=</c>/<c>?to=</c> after a company merge (R3): an old slug becomes the survivor's.</summary>
public static class MergedFilter
{
    /// <summary>
    /// The filter with each merged-away company slug replaced by its survivor's, or null when neither names one. Asked only
    /// when a filter matched nothing, so the usual search pays nothing for it.
    /// </summary>
    public static async Task<DepartureFilter?> SurvivorsAsync(this MergedSlugs slugs, DepartureFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        ArgumentNullException.ThrowIfNull(filter);
        var from = filter.From is { } fromSlug ? await slugs.CompanyAsync(fromSlug, cancellationToken) : null;
        var to = filter.To is { } toSlug ? await slugs.CompanyAsync(toSlug, cancellationToken) : null;
        return from is null && to is null ? null : filter with { From = from ?? filter.From, To = to ?? filter.To };
    }
}
