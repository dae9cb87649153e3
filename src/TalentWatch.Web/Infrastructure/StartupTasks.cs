using Microsoft.EntityFrameworkCore;
using Serilog;
using TalentWatch.Data.Imports.Articles;
using TalentWatch.Data.Store;
using TalentWatch.Web.Infrastructure.Api;
using TalentWatch.Web.Infrastructure.Security;

namespace TalentWatch.Web.Infrastructure;

public static class StartupTasks
{
    /// <summary>Applies migrations so a fresh clone runs with <c>dotnet run</c>, then imports the seed articles.</summary>
    public static async Task PrepareStoreAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>();
        await StoreMigrator.MigrateAsync(factory);
        await ImportSeedArticlesAsync(app.Services, app.Configuration);
    }

    /// <summary>
    /// Imports (and accepts) the articles in the seed folder: <c>Seeds:Directory</c>, else the repository's <c>seeds/</c> copied
    /// beside the app. Idempotent: an article already stored is skipped, so this runs on every start.
    /// </summary>
    public static async Task ImportSeedArticlesAsync(IServiceProvider services, IConfiguration configuration)
    {
        var directory = configuration["Seeds:Directory"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "seeds");
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(directory);
    }

    public static WebApplication UseTalentWatchPipeline(this WebApplication app)
    {
        app.UseTalentWatchForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseTalentWatchSecurity();
        app.UseTalentWatchCircuitGate();
        app.UseTalentWatchApiCaching();
        app.UseSerilogRequestLogging();
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        return app;
    }
}
