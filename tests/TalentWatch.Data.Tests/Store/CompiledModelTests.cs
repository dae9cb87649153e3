using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using TalentWatch.Data.Store;
using TalentWatch.Data.Store.CompiledModel;

namespace TalentWatch.Data.Tests.Store;

/// <summary>
/// The command line opens SQLite stores with the model compiled into TalentWatch.Data (decision P9). It must be the model the
/// entity classes and configurations build today: when it is not, regenerate it (docs/deployment.md, "The compiled model").
/// </summary>
public sealed class CompiledModelTests
{
    private const string Regenerate = "The compiled model is stale: regenerate it with src/TalentWatch.Data/Store/CompiledModel/regenerate.sh (docs/deployment.md, \"The compiled model\").";

    [Fact]
    public void The_compiled_model_describes_the_same_entities_as_the_model_built_at_run_time()
    {
        using var built = new TalentWatchDbContext(StoreRegistration.OptionsFor("Data Source=:memory:"));
        using var compiled = new TalentWatchDbContext(StoreRegistration.OptionsFor(new StoreLocation(StoreProvider.Sqlite, "Data Source=:memory:"), compiledModel: true));

        Assert.Same(TalentWatchDbContextModel.Instance, compiled.Model);
        var expected = built.Model.ToDebugString(MetadataDebugStringOptions.LongDefault);
        var actual = compiled.Model.ToDebugString(MetadataDebugStringOptions.LongDefault);
        Assert.True(expected == actual, Regenerate);
    }

    [Fact]
    public void The_compiled_model_is_not_picked_up_by_itself()
    {
        // dotnet ef dbcontext optimize also writes an assembly attribute that makes EF use the model for every context,
        // PostgreSQL ones included; regenerate.sh deletes it, and only SQLite options built with compiledModel use the model.
        Assert.Empty(typeof(TalentWatchDbContext).Assembly.GetCustomAttributes(typeof(DbContextModelAttribute), inherit: false));
        using var postgres = new TalentWatchDbContext(StoreRegistration.OptionsFor(new StoreLocation(StoreProvider.Postgres, "Host=localhost;Database=none"), compiledModel: true));
        Assert.NotSame(TalentWatchDbContextModel.Instance, postgres.Model);
    }
}
