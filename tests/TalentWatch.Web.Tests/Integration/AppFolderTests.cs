using Microsoft.Extensions.Configuration;
using TalentWatch.Web.Infrastructure;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>
/// Issue 16: the app's folder is its content root wherever it is started from, and relative log paths are anchored there
/// (the published app started from another folder is checked end to end by .ci/deployment-check).
/// </summary>
public sealed class AppFolderTests
{
    [Fact]
    public void Without_an_explicit_content_root_the_app_folder_is_the_content_root()
    {
        Assert.Equal(AppContext.BaseDirectory, AppFolder.Options([]).ContentRootPath);
        Assert.Equal(AppContext.BaseDirectory, AppFolder.Options(["--urls", "http://127.0.0.1:5080"]).ContentRootPath);
    }

    [Theory]
    [InlineData("--contentRoot=/srv/talentwatch")]
    [InlineData("--contentroot")]
    [InlineData("/contentRoot")]
    public void An_explicit_content_root_wins(string argument)
    {
        Assert.Null(AppFolder.Options([argument, "/srv/talentwatch"]).ContentRootPath);
    }

    [Fact]
    public void Relative_log_paths_are_under_the_content_root_and_absolute_ones_stay()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:WriteTo:0:Name"] = "Console",
            ["Serilog:WriteTo:1:Name"] = "File",
            ["Serilog:WriteTo:1:Args:path"] = "logs/talentwatch-.log",
            ["Serilog:WriteTo:2:Name"] = "File",
            ["Serilog:WriteTo:2:Args:path"] = "/var/log/talentwatch/web-.log",
        }).Build();

        AppFolder.AnchorLogPaths(configuration, "/opt/talentwatch/web");

        Assert.Equal("/opt/talentwatch/web/logs/talentwatch-.log", configuration["Serilog:WriteTo:1:Args:path"]);
        Assert.Equal("/var/log/talentwatch/web-.log", configuration["Serilog:WriteTo:2:Args:path"]);
        Assert.Null(configuration["Serilog:WriteTo:0:Args:path"]);
    }
}
