using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Core.History;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Quality;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Components;

/// <summary>The quality page over a real SQLite file: how to get figures while nothing is reviewed, then the figures.</summary>
public sealed class QualityPageTests : WebTestContext, IDisposable
{
    private readonly TempStore store;

    public QualityPageTests()
        : this(new TempStore("quality"))
    {
    }

    private QualityPageTests(TempStore store)
        : base(services =>
        {
            store.AddTo(services);
            services.AddScoped<QualityQuery>();
        })
    {
        this.store = store;
        Factory = TempStore.SeedAsync(Context.Services).GetAwaiter().GetResult();
    }

    private IDbContextFactory<TalentWatchDbContext> Factory { get; }

    public void Dispose() => store.Dispose();

    [Fact]
    public void With_no_reviewed_article_the_page_says_how_to_get_figures()
    {
        var cut = Render<QualityPage>();

        cut.WaitForAssertion(() => Assert.Contains("No reviewed articles yet", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("press Mark reviewed", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("/articles", cut.Find("[data-testid=quality-articles]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=quality-overall]"));
    }

    [Fact]
    public async Task A_reviewed_article_gives_figures_overall_per_language_and_month_and_the_corrections()
    {
        var editor = Context.Services.GetRequiredService<ArticleReviewEditor>();
        var departures = Context.Services.GetRequiredService<DepartureEditor>();
        var actor = Actor.Named("user-edith", "edith@example.com");
        await using (var db = await Factory.CreateDbContextAsync())
        {
            var zoph = await db.Departures.Where(d => d.Person!.Name == "Barret Zoph").Select(d => new { d.Id, d.Version }).SingleAsync();
            Assert.True((await departures.RejectAsync(zoph.Id, zoph.Version, actor)).Succeeded);
        }

        Assert.True((await editor.MarkReviewedAsync(1, actor)).Succeeded);

        var cut = Render<QualityPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=quality-overall]")));
        Assert.Contains("Precision", cut.Find("[data-testid=quality-overall]").TextContent, StringComparison.Ordinal);
        Assert.Contains("English", cut.Find("[data-testid=quality-languages]").TextContent, StringComparison.Ordinal);
        Assert.Contains("1970-01", cut.Find("[data-testid=quality-months]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Rejected as not a departure", cut.Find("[data-testid=quality-corrections]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, cut.FindAll("[data-testid=quality-languages] tbody tr").Count + cut.FindAll("[data-testid=quality-months] tbody tr").Count);
    }
}
