using Microsoft.AspNetCore.Http.Json;
using MudBlazor.Services;
using TalentWatch.Data;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Accounts;
using TalentWatch.Web.Features.Articles;
using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Features.Dashboard;
using TalentWatch.Web.Features.Departures;
using TalentWatch.Web.Features.People;
using TalentWatch.Web.Features.Reports;
using TalentWatch.Web.Features.Shared;
using TalentWatch.Web.Infrastructure.Caching;
using TalentWatch.Web.Infrastructure.Security;

namespace TalentWatch.Web.Infrastructure;

public static class ServiceRegistration
{
    public static IServiceCollection AddTalentWatchWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTalentWatchServices(configuration);
        services.AddTalentWatchDataProtection();
        services.AddRazorComponents().AddInteractiveServerComponents().AddTalentWatchCircuitLimits(configuration);
        services.AddMudServices();
        services.AddHealthChecks().AddDbContextCheck<TalentWatchDbContext>("store");
        services.AddProblemDetails();
        services.AddAuthorizationBuilder().AddTalentWatchPolicies();
        services.AddTalentWatchSignIn(configuration);
        services.AddTalentWatchSecurity(configuration);
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            options.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
        });

        services.AddScoped<DashboardQuery>();
        services.AddScoped<CompanyQueries>();
        services.AddScoped<DepartureQueries>();
        services.AddScoped<PersonQuery>();
        services.AddScoped<Features.People.PeopleQuery>();
        services.AddScoped<ArticleQueries>();
        services.AddScoped<ArticleCurationQueries>();
        services.AddScoped<ArticleCurationActions>();
        services.AddScoped<Features.Quality.QualityQuery>();
        services.AddScoped<QuarterReportQuery>();
        services.AddTalentWatchStoreCache();
        services.AddSingleton<QuarterSummaryCache>();
        services.AddHostedService<MemoryRelease>();
        services.AddScoped<SearchQuery>();
        services.AddScoped<Features.Search.SearchResultsQuery>();
        services.AddScoped<Features.Import.ImportPreview>();
        services.AddScoped<Features.Review.ReviewQueries>();
        services.AddScoped<Features.Review.ReviewActions>();
        services.AddScoped<Features.Editing.EditingQueries>();
        return services;
    }
}
