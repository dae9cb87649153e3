using System.Text.Json;

namespace TalentWatch.Cli.Tests;

/// <summary>
/// The run-time settings the command line is built with (decision P18). The test project references the CLI project, so the
/// CLI's own runtimeconfig is copied next to the test assembly: these read what `talentwatch` starts with.
/// </summary>
public sealed class RuntimeSettingsTests
{
    private static JsonElement ConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "talentwatch.runtimeconfig.json");
        Assert.True(File.Exists(path), $"{path} not found");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void Dynamic_PGO_is_off_so_hot_precompiled_code_is_not_compiled_twice()
    {
        Assert.True(ConfigProperties().TryGetProperty("System.Runtime.TieredPGO", out var pgo), "System.Runtime.TieredPGO is not set");
        Assert.Equal(JsonValueKind.False, pgo.ValueKind);
    }

    [Fact]
    public void Tiered_compilation_stays_on_so_code_that_is_not_precompiled_starts_cheaply()
    {
        // Off, the import costs less CPU but every read command pays full optimisation for the code EF generates per
        // query (docs/benchmarks.md, "Session 9"): this guards the trade-off P18 made.
        Assert.False(ConfigProperties().TryGetProperty("System.Runtime.TieredCompilation", out var tiered) && tiered.ValueKind == JsonValueKind.False);
    }
}
