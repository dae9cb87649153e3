namespace TalentWatch.Web.Infrastructure.Security;

/// <summary>
/// Response headers on every answer (pages, API, downloads, errors). The CSP allows what Blazor Server and MudBlazor need and
/// nothing more: scripts only from this site (no inline script, no eval), inline styles (MudBlazor's theme writes a
/// &lt;style&gt; element and style attributes), the circuit's WebSocket to this site only (<c>connect-src 'self'</c>, which
/// covers ws: and wss: to the same host in CSP Level 3 browsers), and data: images (the empty favicon).
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    public static IApplicationBuilder UseTalentWatchSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next();
    });
}
