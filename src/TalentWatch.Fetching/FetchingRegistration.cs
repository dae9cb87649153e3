using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using TalentWatch.Fetching.Feeds;
using TalentWatch.Fetching.Http;
using TalentWatch.Fetching.Pages;

namespace TalentWatch.Fetching;

public static class FetchingRegistration
{
    /// <summary>
    /// Fetching (the <c>Fetch</c> section), web-page import and feed polling, for the CLI and the web app; the web app adds
    /// the scheduled poller with <see cref="FeedPollingService"/>.
    /// </summary>
    public static IServiceCollection AddTalentWatchFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection(FetchOptions.Section));
        services.AddOptions<FeedOptions>().Bind(configuration.GetSection(FeedOptions.Section));
        services.AddHttpClient(WebFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => SafeConnector.CreateHandler(provider.GetRequiredService<IOptions<FetchOptions>>().Value))
            .AddResilienceHandler("fetch", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<FetchOptions>>().Value;
                if (settings.Retries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = settings.Retries,
                        Delay = settings.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        // A refused address stays refused: only what may pass by itself is tried again.
                        ShouldHandle = args => ValueTask.FromResult(!WebFetcher.IsBlocked(args.Outcome.Exception) && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                    });
                }

                pipeline.AddTimeout(settings.Timeout);
            });
        services.AddSingleton<WebFetcher>();
        services.AddScoped<WebArticleImporter>();
        services.AddScoped<FeedSubscriptions>();
        services.AddScoped<FeedPoller>();
        services.AddSingleton<FeedPollGate>();
        return services;
    }
}
