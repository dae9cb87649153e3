using TalentWatch.Data.Resolution;

namespace TalentWatch.Web.Features.Departures;

/// <summary>
/// The explorer's <c>from</c>/<c>to</c> as company slugs: a slug is kept, a name or alias ("Halcyon Systems") becomes its
/// company's slug, a merged-away company's slug its survivor's; anything else is an error that names the value.
/// </summary>
public static class DepartureCompanies
{
    public sealed record Resolution(DepartureFilter Filter, string? Error)
    {
        /// <summary>True when a value was rewritten, so a page can move to the canonical address.</summary>
        public bool Changed { get; init; }
    }

    public static async Task<Resolution> ResolveAsync(DepartureQueries queries, MergedSlugs merged, DepartureFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(merged);
        ArgumentNullException.ThrowIfNull(filter);
        var from = await SlugAsync(filter.From);
        var to = await SlugAsync(filter.To);
        if (filter.From is not null && from is null)
        {
            return new Resolution(filter, Unknown("Company left", filter.From));
        }

        if (filter.To is not null && to is null)
        {
            return new Resolution(filter, Unknown("Destination", filter.To));
        }

        var resolved = filter with { From = from, To = to };
        return new Resolution(resolved, null) { Changed = resolved != filter };

        async Task<string?> SlugAsync(string? value) => value is null
            ? null
            : await queries.CompanySlugAsync(value, cancellationToken) ?? await merged.CompanyAsync(value, cancellationToken);
    }

    private static string Unknown(string what, string value) =>
        $"{what} “{value}” is not a company TalentWatch knows (by address, name or alias). Pick one from the list, or clear the filter.";
}
