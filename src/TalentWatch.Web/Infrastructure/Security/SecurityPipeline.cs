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
        return services;
    }

    /// <summary>
    /// HTTPS only outside Development (HSTS and redirection), so <c>dotnet run</c> and the tests keep working over plain http;
    /// headers on every response; rate limits.
    /// </summary>
    public static WebApplication UseTalentWatchSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseTalentWatchSecurityHeaders();
        app.UseRateLimiter();
        return app;
    }
}
