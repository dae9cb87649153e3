using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Imports.Articles;
using TalentWatch.Data.Imports.Csv;
using TalentWatch.Data.Quality;
using TalentWatch.Data.Reports;
using TalentWatch.Data.Resolution;
using TalentWatch.Data.Store;
using TalentWatch.Data.Timelines;

namespace TalentWatch.Data;

public static class ServiceRegistration
{
    /// <summary>The store (see <see cref="StoreRegistration.AddTalentWatchStore"/>) plus the query and import services over it.</summary>
    public static IServiceCollection AddTalentWatchServices(this IServiceCollection services, IConfiguration configuration, string? databasePathOverride = null, bool compiledModel = false)
    {
        services.AddTalentWatchStore(configuration, databasePathOverride, compiledModel);
        services.AddSingleton(ReviewSettings.From(configuration));
        return services.AddTalentWatchServices();
    }

    /// <summary>The query and import services, for a host that registered the context factory itself.</summary>
    public static IServiceCollection AddTalentWatchServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<QuarterSummaryService>();
        services.AddScoped(provider => new TimelineService(
            provider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TalentWatchDbContext>>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddScoped(provider => new CsvImporter(
            provider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TalentWatchDbContext>>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<TalentWatch.Extraction.DepartureExtractor>();
        services.TryAddSingleton<CuratedKnowledge>();
        services.AddScoped(provider => new ArticleImporter(
            provider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TalentWatchDbContext>>(),
            provider.GetRequiredService<TalentWatch.Extraction.DepartureExtractor>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<CuratedKnowledge>(), provider.GetService<ReviewSettings>()));
        services.AddScoped<SeedImporter>();
        services.AddScoped(provider => new DepartureEditor(
            provider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TalentWatchDbContext>>(), provider.GetRequiredService<TimeProvider>()));
        services.AddScoped(provider => new CompanyEditor(
            provider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TalentWatchDbContext>>(), provider.GetRequiredService<TimeProvider>()));
        services.AddScoped(provider => new PersonEditor(
            provider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TalentWatchDbContext>>(), provider.GetRequiredService<TimeProvider>()));
        services.AddScoped(provider => new ArticleReviewEditor(
            provider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TalentWatchDbContext>>(), provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<HistoryQueries>();
        services.AddScoped<ReviewedArticles>();
        services.AddScoped<GoldExporter>();
        services.TryAddSingleton<QualityReport>();
        services.AddScoped<MergedSlugs>();
        return services;
    }
}
