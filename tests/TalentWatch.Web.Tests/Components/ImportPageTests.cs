using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Data;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Import;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Components;

public sealed class ImportPageTests : WebTestContext, IDisposable
{
    private const string Article =
        "Andrew Tulloch, a co-founder of Thinking Machines Lab, left for Meta in October 2025.\n";

    private readonly string directory;

    public ImportPageTests()
        : this(Path.Combine(Path.GetTempPath(), "talentwatch-import-tests", Guid.NewGuid().ToString("N")))
    {
    }

    private ImportPageTests(string directory)
        : base(services =>
        {
            Directory.CreateDirectory(directory);
            services.AddTalentWatchServices(new ConfigurationBuilder().Build(), Path.Combine(directory, "import.db"));
            services.AddScoped<ImportPreview>();
        }) => this.directory = directory;

    [Fact]
    public void Preview_finds_the_departure_with_its_evidence()
    {
        var preview = Context.Services.GetRequiredService<ImportPreview>().Preview("pasted.txt", Article);

        Assert.Null(preview.Error);
        var departure = Assert.Single(preview.Extraction!.Departures);
        Assert.Equal("Andrew Tulloch", departure.Person);
        Assert.Contains("left for Meta", departure.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pasted.txt", "  ", "Paste")]
    [InlineData("report.pdf", "text", "only .md")]
    public void Preview_explains_what_it_cannot_read(string fileName, string content, string expected)
    {
        var preview = Context.Services.GetRequiredService<ImportPreview>().Preview(fileName, content);

        Assert.Null(preview.Extraction);
        Assert.Contains(expected, preview.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paste_find_and_save_stores_the_article()
    {
        await StoreMigrator.MigrateAsync(Context.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>());
        var cut = Render<ImportPage>();

        cut.Find("textarea").Input(Article);
        cut.Find("[data-testid=import-extract]").Click();
        Assert.Contains("Andrew Tulloch", cut.Find("[data-testid=import-departure]").TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid=import-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Saved: 1 new departures", cut.Find("[data-testid=import-result]").TextContent, StringComparison.Ordinal));
        await using var db = await Context.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public void Empty_paste_shows_what_to_do()
    {
        var cut = Render<ImportPage>();

        cut.Find("[data-testid=import-extract]").Click();

        Assert.Contains("Paste an article", cut.Find("[data-testid=import-error]").TextContent, StringComparison.Ordinal);
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
            // left for the temp cleaner
        }
    }
}
