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
        var maximumReceiveMessageSize = configuration.GetValue<long?>("Blazor:Hub:MaximumReceiveMessageSize") ?? DefaultMaximumReceiveMessageSize;
        builder.Services.PostConfigure<Features.Import.UploadLimits>(limits => limits.MaxPastedCharacters =
            (int)Math.Clamp(Math.Min(limits.MaxPastedCharacters, (maximumReceiveMessageSize - MessageOverhead) / 3), 1_000, int.MaxValue));
        builder.AddHubOptions(options =>
        {
            var hub = configuration.GetSection("Blazor:Hub");
            options.MaximumReceiveMessageSize = maximumReceiveMessageSize;
            options.ClientTimeoutInterval = hub.GetValue<TimeSpan?>("ClientTimeoutInterval") ?? TimeSpan.FromSeconds(30);
            options.HandshakeTimeout = hub.GetValue<TimeSpan?>("HandshakeTimeout") ?? TimeSpan.FromSeconds(15);
            options.MaximumParallelInvocationsPerClient = hub.GetValue<int?>("MaximumParallelInvocationsPerClient") ?? 1;
            options.StreamBufferCapacity = hub.GetValue<int?>("StreamBufferCapacity") ?? 10;
            options.EnableDetailedErrors = false;
        });
        return builder;
    }

    /// <summary>
    /// 1 MB: room for a pasted article of 300,000 characters (the paste box's limit) in one message, which 32 KB was not
    /// (20,000 characters dropped the circuit). Uploads stream in chunks and do not depend on it.
    /// </summary>
    public const long DefaultMaximumReceiveMessageSize = 1024 * 1024;

    /// <summary>The event's JSON around the pasted text.</summary>
    private const long MessageOverhead = 16 * 1024;
}
