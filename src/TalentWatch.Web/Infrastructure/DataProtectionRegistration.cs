using Microsoft.AspNetCore.DataProtection;
using TalentWatch.Data.Store;

namespace TalentWatch.Web.Infrastructure;

public static class DataProtectionRegistration
{
    /// <summary>The name every instance protects under; the default is the content root path, which differs between hosts.</summary>
    public const string ApplicationName = "TalentWatch";

    /// <summary>
    /// Data-protection keys (antiforgery tokens, authentication cookies, the circuit's protected state) kept in the store, so
    /// every web instance on one store reads what another protected (docs/deployment.md).
    /// </summary>
    public static IServiceCollection AddTalentWatchDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<TalentWatchDbContext>();
        return services;
    }
}
