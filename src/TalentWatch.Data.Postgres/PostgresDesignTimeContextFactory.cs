using Microsoft.EntityFrameworkCore.Design;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a host or a server (docs/deployment.md, "Adding a
/// migration"); <c>dotnet ef database update</c> uses <c>ConnectionStrings__TalentWatch</c> when it is set.
/// </summary>
internal sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<TalentWatchDbContext>
{
    public TalentWatchDbContext CreateDbContext(string[] args) =>
        new(StoreRegistration.OptionsFor(new StoreLocation(
            StoreProvider.Postgres,
            Environment.GetEnvironmentVariable("ConnectionStrings__" + StoreRegistration.ConnectionStringName) ?? "Host=localhost;Database=talentwatch_design")));
}
