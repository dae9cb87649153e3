using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace TalentWatch.Web.Infrastructure.Security;

/// <summary>
/// How requests arrive (decision D2): forwarded headers from trusted proxies when <c>ForwardedHeaders:Enabled</c>; outside
/// Development HSTS on https answers, a redirect from http to https only when an https port is known (so no "Failed to
/// determine the https port" warning on a plain-http instance), and the sign-in and antiforgery cookies always <c>Secure</c>
/// (so <c>/account/*</c> over plain http answers 400 with the reason).
/// </summary>
public static class Transport
{
    public const string Section = "ForwardedHeaders";

    /// <summary><c>ForwardedHeaders:*</c>: off by default; the proxies whose X-Forwarded-For/-Proto are believed.</summary>
    public sealed class ForwardedHeadersSettings
    {
        public bool Enabled { get; set; }

        /// <summary>Addresses of proxies, besides the loopback ones ASP.NET Core always trusts.</summary>
        public IList<string> KnownProxies { get; } = [];

        /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) of proxies, besides loopback.</summary>
        public IList<string> KnownNetworks { get; } = [];
    }

    public static IServiceCollection AddTalentWatchTransport(this IServiceCollection services, IConfiguration configuration)
    {
        var forwarded = new ForwardedHeadersSettings();
        configuration.GetSection(Section).Bind(forwarded);
        services.AddSingleton(forwarded);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in forwarded.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{Section}:KnownProxies: '{proxy}' is not an IP address."));
            }

            foreach (var network in forwarded.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{Section}:KnownNetworks: '{network}' is not a network in CIDR form (e.g. 10.0.0.0/8)."));
            }
        });

        var httpsPort = HttpsPort(configuration);
        services.AddHttpsRedirection(options => options.HttpsPort = httpsPort);
        services.AddTransient<IPostConfigureOptions<CookieAuthenticationOptions>, SecureCookiesOutsideDevelopment>();
        services.AddTransient<IPostConfigureOptions<AntiforgeryOptions>, SecureCookiesOutsideDevelopment>();
        return services;
    }

    /// <summary>First in the pipeline, so the exception handler, HTTPS redirection, rate limits and logs see the client's scheme and address.</summary>
    public static WebApplication UseTalentWatchForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ForwardedHeadersSettings>().Enabled)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    /// <summary>Outside Development: HSTS (sent on https answers only) and, when an https port is known, the redirect (not of /health).</summary>
    public static WebApplication UseTalentWatchHttps(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        var httpsPort = HttpsPort(app.Configuration);
        var forwarded = app.Services.GetRequiredService<ForwardedHeadersSettings>();
        app.Logger.LogInformation(
            "Transport: {Redirect:l}; HSTS on https answers; sign-in and antiforgery cookies Secure; forwarded headers {Forwarded:l}",
            httpsPort is { } port ? $"http redirected to https port {port}" : "no https port known (https_port, ASPNETCORE_HTTPS_PORT or an https endpoint), so http is served, not redirected",
            forwarded.Enabled ? $"believed from loopback{string.Concat(forwarded.KnownProxies.Concat(forwarded.KnownNetworks).Select(p => ", " + p))}" : "ignored");
        app.UseHsts();
        if (httpsPort is not null)
        {
            // Health probes (the load balancer's, a monitor on the host) ask the instance itself over plain http and want 200.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), https => https.UseHttpsRedirection());
        }

        // The cookies of /account/* are Secure, which antiforgery refuses to issue on an http request (a 500): say why instead.
        app.Use((context, next) => context.Request.IsHttps || !context.Request.Path.StartsWithSegments("/account")
            ? next(context)
            : RefusePlainHttpSignInAsync(context.Response));
        return app;
    }

    private static Task RefusePlainHttpSignInAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status400BadRequest;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(
            "Signing in needs https: this connection is plain http, and TalentWatch sends its sign-in cookie only over https.\n"
            + "Open this site with https://. If you run the server: give it a certificate, or put a TLS proxy in front of it "
            + "and set ForwardedHeaders:Enabled=true (see docs/deployment.md, \"TLS\").\n");
    }

    /// <summary>
    /// The port http requests are redirected to: <c>https_port</c> (<c>ASPNETCORE_HTTPS_PORT</c>), else the first of
    /// <c>https_ports</c> (<c>ASPNETCORE_HTTPS_PORTS</c>), else the first https address in <c>urls</c> (<c>ASPNETCORE_URLS</c>)
    /// or <c>Kestrel:Endpoints:*:Url</c>; null when none is configured.
    /// </summary>
    public static int? HttpsPort(IConfiguration configuration)
    {
        if (Port(configuration["https_port"]) is { } port)
        {
            return port;
        }

        if (configuration["https_ports"]?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var first, ..]
            && Port(first) is { } firstPort)
        {
            return firstPort;
        }

        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"]).OfType<string>());
        foreach (var url in urls)
        {
            if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                return BindingAddress.Parse(url).Port;
            }
        }

        return null;
    }

    private static int? Port(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : null;

    /// <summary>Outside Development the cookies that carry a session or a token are never sent over plain http.</summary>
    private sealed class SecureCookiesOutsideDevelopment(IWebHostEnvironment environment)
        : IPostConfigureOptions<CookieAuthenticationOptions>, IPostConfigureOptions<AntiforgeryOptions>
    {
        public void PostConfigure(string? name, CookieAuthenticationOptions options)
        {
            if (!environment.IsDevelopment())
            {
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            }
        }

        public void PostConfigure(string? name, AntiforgeryOptions options)
        {
            if (!environment.IsDevelopment())
            {
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            }
        }
    }
}
