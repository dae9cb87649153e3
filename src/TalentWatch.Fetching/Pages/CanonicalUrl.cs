namespace TalentWatch.Fetching.Pages;

/// <summary>
/// The form of a URL two fetches of the same article share: no fragment, no tracking parameters (<c>utm_*</c>,
/// click ids), host lower-case and the default port left out, other parameters in their order.
/// </summary>
public static class CanonicalUrl
{
    private static readonly string[] TrackingParameters = ["fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_hsenc", "_hsmi", "yclid"];

    public static Uri Of(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var kept = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(Uri.UnescapeDataString(pair.Split('=', 2)[0])))
            .ToList();
        var builder = new UriBuilder(uri)
        {
            Fragment = string.Empty,
            Query = kept.Count == 0 ? string.Empty : string.Join('&', kept),
            Host = uri.IdnHost.ToLowerInvariant(),
        };
        if (uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri;
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name, StringComparer.OrdinalIgnoreCase);
}
