namespace TalentWatch.Web.Features.Accounts;

/// <summary>Where a sign-in may send the browser back to: only a path on this site (no open redirect to another host).</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains("://", StringComparison.Ordinal)
            ? url
            : "/";
}
