using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Data;
using TalentWatch.Data.Store;

namespace TalentWatch.Web.Tests.Support;

/// <summary>
/// A real SQLite file in its own temp folder for component tests that read and write data: <see cref="AddTo"/> registers
/// the app's data services over it, <see cref="SeedAsync"/> migrates it and inserts <see cref="TestData"/>.
/// </summary>
public sealed class TempStore(string name) : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"talentwatch-{name}-tests", Guid.NewGuid().ToString("N"));

    public void AddTo(IServiceCollection services)
    {
        Directory.CreateDirectory(directory);
        services.AddTalentWatchServices(new ConfigurationBuilder().Build(), Path.Combine(directory, $"{name}.db"));
    }

    public static async Task<IDbContextFactory<TalentWatchDbContext>> SeedAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>();
        await StoreMigrator.MigrateAsync(factory);
        await TestData.SeedAsync(factory);
        return factory;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a file still held open is left for the temp cleaner
        }
    }
}
