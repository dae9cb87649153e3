using Serilog;

namespace TalentWatch.Web.Infrastructure;

/// <summary>Serilog from the "Serilog" section of appsettings: structured console output and a rolling file (relative paths under the app's folder).</summary>
public static class LoggingSetup
{
    public static WebApplicationBuilder AddTalentWatchLogging(this WebApplicationBuilder builder)
    {
        AppFolder.AnchorLogPaths(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.With<Security.SecretRedaction>());
        return builder;
    }
}
