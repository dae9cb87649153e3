namespace TalentWatch.Web.Infrastructure;

/// <summary>
/// The app's own folder is its content root (decision D1): a published app started from any current directory finds its
/// <c>appsettings.json</c>, <c>wwwroot</c> and seed articles, and relative log paths land under it. A content root given
/// explicitly (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>; the test host passes one) wins.
/// </summary>
public static class AppFolder
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = ContentRootGiven(args) ? null : AppContext.BaseDirectory,
    };

    private static bool ContentRootGiven(string[] args) =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"))
        || args.Any(arg => arg.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Serilog's file sink resolves a relative <c>path</c> against the current directory; this makes every relative
    /// <c>Serilog:WriteTo:N:Args:path</c> relative to the content root instead, so logs are where the guide says.
    /// </summary>
    public static void AnchorLogPaths(IConfiguration configuration, string contentRoot)
    {
        foreach (var sink in configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            var path = sink.GetSection("Args:path");
            if (!string.IsNullOrWhiteSpace(path.Value) && !Path.IsPathRooted(path.Value))
            {
                path.Value = Path.GetFullPath(Path.Combine(contentRoot, path.Value));
            }
        }
    }
}
