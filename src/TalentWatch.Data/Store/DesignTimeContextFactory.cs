using Microsoft.EntityFrameworkCore.Design;

namespace TalentWatch.Data.Store;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<TalentWatchDbContext>
{
    public TalentWatchDbContext CreateDbContext(string[] args) =>
        new(StoreRegistration.OptionsFor("Data Source=design-time.db"));
}
