namespace TalentWatch.Web.Infrastructure.Security;

/// <summary>The security services and middleware, each wired with one line from ServiceRegistration and the pipeline.</summary>
public static class SecurityPipeline
{
    public static IServiceCollection AddTalentWatchSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTalentWatchRateLimits(configuration);
        services.Configure<Features.Import.UploadLimits>(configuration.GetSection(Features.Import.UploadLimits.Section));
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddTalentWatchTransport(configuration);
        return services;
    }

    /// <summary>
    /// HTTPS outside Development (HSTS, and redirection when an https port is known: <see cref="Transport"/>), so
    /// <c>dotnet run</c> and the tests keep working over plain http; headers on every response; rate limits.
    /// </summary>
    public static WebApplication UseTalentWatchSecurity(this WebApplication app)
    {
        app.UseTalentWatchHttps();

        app.UseTalentWatchSecurityHeaders();
        app.UseRateLimiter();
        return app;
    }
}
