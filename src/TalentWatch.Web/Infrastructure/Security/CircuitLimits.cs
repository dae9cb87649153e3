using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;

namespace TalentWatch.Web.Infrastructure.Security;

/// <summary>
/// Circuit and SignalR hub limits (Microsoft's "Threat mitigation guidance for ASP.NET Core Blazor interactive server-side
/// rendering"), read from <c>Blazor:Circuit</c> and <c>Blazor:Hub</c> with the values documented in appsettings.json. Detailed
/// errors (exception text sent to the browser) are forced off outside Development whatever the configuration says.
/// </summary>
public static class CircuitLimits
{
    public static IServerSideBlazorBuilder AddTalentWatchCircuitLimits(this IServerSideBlazorBuilder builder, IConfiguration configuration)
    {
        builder.Services.AddOptions<CircuitOptions>()
            .Bind(configuration.GetSection("Blazor:Circuit"))
            .PostConfigure<IHostEnvironment>((options, environment) => options.DetailedErrors &= environment.IsDevelopment());
        builder.AddHubOptions(options =>
        {
            var hub = configuration.GetSection("Blazor:Hub");
            options.MaximumReceiveMessageSize = hub.GetValue<long?>("MaximumReceiveMessageSize") ?? 32 * 1024;
            options.ClientTimeoutInterval = hub.GetValue<TimeSpan?>("ClientTimeoutInterval") ?? TimeSpan.FromSeconds(30);
            options.HandshakeTimeout = hub.GetValue<TimeSpan?>("HandshakeTimeout") ?? TimeSpan.FromSeconds(15);
            options.MaximumParallelInvocationsPerClient = hub.GetValue<int?>("MaximumParallelInvocationsPerClient") ?? 1;
            options.StreamBufferCapacity = hub.GetValue<int?>("StreamBufferCapacity") ?? 10;
            options.EnableDetailedErrors = false;
        });
        return builder;
    }
}
