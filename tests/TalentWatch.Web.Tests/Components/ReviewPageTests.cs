using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Core.Departures;
using TalentWatch.Core.History;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.Review;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Components;

/// <summary>The review queue over a real SQLite file, signed in as an editor.</summary>
public sealed class ReviewPageTests : WebTestContext, IDisposable
{
    private readonly TempStore store;

    public ReviewPageTests()
        : this(new TempStore("review"))
    {
    }

    private ReviewPageTests(TempStore store)
        : base(services =>
        {
            store.AddTo(services);
            services.AddScoped<ReviewQueries>();
            services.AddScoped<ReviewActions>();
            services.AddScoped<TalentWatch.Web.Features.Articles.ArticleCurationQueries>();
            services.AddAuthorizationCore();
            services.AddCascadingAuthenticationState();
            services.AddSingleton<AuthenticationStateProvider>(new SignedInEditor());
        })
    {
        this.store = store;
        Factory = TempStore.SeedAsync(Context.Services).GetAwaiter().GetResult();
    }

    private IDbContextFactory<TalentWatchDbContext> Factory { get; }

    public void Dispose() => store.Dispose();

    [Fact]
    public void An_empty_queue_says_so()
    {
        var cut = Render<ReviewPage>();

        cut.WaitForAssertion(() => Assert.Contains("Nothing awaiting review", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=review-item]"));
    }

    [Fact]
    public async Task Items_come_newest_first_with_the_evidence_highlighted_in_its_article_text_as_text()
    {
        var older = await AddExtractedAsync("Barret Zoph left for OpenAI in January 2026.", DateTimeOffset.UnixEpoch.AddDays(1));
        var newer = await AddExtractedAsync("Andrew Tulloch, a co-founder, left for Meta in October 2025.", DateTimeOffset.UnixEpoch.AddDays(2));

        var cut = Render<ReviewPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=review-item]").Count));
        Assert.Equal([newer.ToString(), older.ToString()], cut.FindAll("[data-testid=review-item]").Select(e => e.GetAttribute("data-departure-id")));
        var evidence = cut.FindAll("[data-testid=review-evidence]")[0];
        Assert.Equal("Andrew Tulloch, a co-founder, left for Meta in October 2025.", evidence.QuerySelector("mark")!.TextContent);
        Assert.Contains("Thinking Machines Lab has lost a third", evidence.TextContent, StringComparison.Ordinal);

        // The article's "<script>" is in the context window: it is shown as text, never as an element.
        Assert.Contains("<script>alert('x')</script>", cut.FindAll("[data-testid=review-evidence]")[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=review-evidence] script"));
        Assert.Equal("2 awaiting review", cut.Find("[data-testid=review-total]").TextContent);
    }

    [Fact]
    public async Task Selected_items_are_accepted_together_and_leave_the_queue()
    {
        var first = await AddExtractedAsync("Barret Zoph left for OpenAI in January 2026.", DateTimeOffset.UnixEpoch.AddDays(1));
        var second = await AddExtractedAsync("Andrew Tulloch, a co-founder, left for Meta in October 2025.", DateTimeOffset.UnixEpoch.AddDays(2));
        var third = await AddExtractedAsync("Luke Metz, a co-founder, also returned to OpenAI in January 2026.", DateTimeOffset.UnixEpoch.AddDays(3));
        var cut = Render<ReviewPage>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=review-item]").Count));
        Assert.True(cut.Find("[data-testid=review-accept-selected]").HasAttribute("disabled"));

        // Awaited: the checkbox's handler is asynchronous, and a second change dispatched before the
        // first has finished could be applied to the card's previous render.
        await Checkbox(cut, first).ChangeAsync(true);
        await Checkbox(cut, third).ChangeAsync(true);
        cut.WaitForAssertion(() => Assert.Contains("Accept selected (2)", cut.Find("[data-testid=review-accept-selected]").TextContent, StringComparison.Ordinal));
        cut.Find("[data-testid=review-accept-selected]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=review-item]")));
        Assert.Contains("2 accepted.", cut.Find("[data-testid=review-alert]").TextContent, StringComparison.Ordinal);
        Assert.Equal((DepartureStatus.Accepted, DepartureStatus.Extracted, DepartureStatus.Accepted), (await StatusAsync(first), await StatusAsync(second), await StatusAsync(third)));
        await using var db = await Factory.CreateDbContextAsync();
        Assert.Equal(["edith@example.com", "edith@example.com"], await db.Changes.Select(c => c.ActorName).ToListAsync());
    }

    [Fact]
    public async Task Select_all_selects_the_page_and_clears_again()
    {
        await AddExtractedAsync("Barret Zoph left for OpenAI in January 2026.", DateTimeOffset.UnixEpoch.AddDays(1));
        await AddExtractedAsync("Andrew Tulloch, a co-founder, left for Meta in October 2025.", DateTimeOffset.UnixEpoch.AddDays(2));
        var cut = Render<ReviewPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=review-item]").Count));

        await cut.Find("input[data-testid=review-select-all]").ChangeAsync(true);
        cut.WaitForAssertion(() => Assert.Contains("Accept selected (2)", cut.Find("[data-testid=review-accept-selected]").TextContent, StringComparison.Ordinal));
        await cut.Find("input[data-testid=review-select-all]").ChangeAsync(false);
        cut.WaitForAssertion(() => Assert.Contains("Accept selected (0)", cut.Find("[data-testid=review-accept-selected]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_decision_on_a_departure_someone_changed_meanwhile_says_who_and_offers_to_reload()
    {
        var id = await AddExtractedAsync("Barret Zoph left for OpenAI in January 2026.", DateTimeOffset.UnixEpoch.AddDays(1));
        var cut = Render<ReviewPage>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=review-item]")));

        // Another editor corrects the role while this page still shows the old version.
        var other = Context.Services.GetRequiredService<DepartureEditor>();
        var fields = new DepartureFields("Barret Zoph", "Thinking Machines Lab", "OpenAI", "2026-01-14", "Chief Technology Officer", false);
        Assert.True((await other.EditAsync(id, 0, fields, Actor.Named("user-omar", "omar@example.com"))).Succeeded);

        cut.Find("[data-testid=review-accept]").Click();

        cut.WaitForAssertion(() => Assert.Contains("was changed by omar@example.com at", cut.Find("[data-testid=review-alert]").TextContent, StringComparison.Ordinal));
        Assert.Equal(DepartureStatus.Extracted, await StatusAsync(id));
        Assert.DoesNotContain("Chief Technology Officer", cut.Markup, StringComparison.Ordinal);

        cut.Find("[data-testid=review-reload]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Chief Technology Officer", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=review-alert]"));
        cut.Find("[data-testid=review-accept]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Nothing awaiting review", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(DepartureStatus.Accepted, await StatusAsync(id));
    }

    [Fact]
    public async Task The_rejected_tab_restores_a_departure_to_the_queue()
    {
        var id = await AddExtractedAsync("Barret Zoph left for OpenAI in January 2026.", DateTimeOffset.UnixEpoch.AddDays(1));
        Assert.True((await Context.Services.GetRequiredService<DepartureEditor>().RejectAsync(id, 0, Actor.Named("user-edith", "edith@example.com"))).Succeeded);

        Context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/review?tab=rejected");
        var cut = Render<ReviewPage>();

        // The seed's rejected departure and this one; only the latter has article evidence.
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=review-item]").Count));
        Assert.Empty(cut.FindAll("[data-testid=review-accept]"));
        cut.Find($"[data-departure-id='{id}'] [data-testid=review-restore]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=review-item]")));
        Assert.Equal(DepartureStatus.Extracted, await StatusAsync(id));
    }

    [Fact]
    public async Task Sorted_by_confidence_the_least_confident_come_first_with_their_confidence_shown()
    {
        var sure = await AddExtractedAsync("Barret Zoph left for OpenAI in January 2026.", DateTimeOffset.UnixEpoch.AddDays(3), confidence: 0.91);
        var unsure = await AddExtractedAsync("Andrew Tulloch, a co-founder, left for Meta in October 2025.", DateTimeOffset.UnixEpoch.AddDays(1), confidence: 0.35);
        var unscored = await AddExtractedAsync("Luke Metz, a co-founder, also returned to OpenAI in January 2026.", DateTimeOffset.UnixEpoch.AddDays(2), confidence: null);

        Context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/review?sort=confidence");
        var cut = Render<ReviewPage>();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=review-item]").Count));
        Assert.Equal([unsure.ToString(), sure.ToString(), unscored.ToString()], cut.FindAll("[data-testid=review-item]").Select(e => e.GetAttribute("data-departure-id")));
        Assert.Equal(["confidence 0.35 (low)", "confidence 0.91 (high)"], cut.FindAll("[data-testid=review-confidence]").Select(e => e.TextContent.Trim()));
        Assert.Equal("true", cut.Find("[data-testid=sort-confidence]").GetAttribute("aria-current"));

        // Newest first is the default order, and the other sort keeps the filters in its address.
        Assert.EndsWith("/review", cut.Find("[data-testid=sort-newest]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith("/review?tab=rejected&sort=confidence", cut.Find("[data-testid=tab-rejected]").GetAttribute("href"), StringComparison.Ordinal);
    }

    private static AngleSharp.Dom.IElement Checkbox(IRenderedComponent<ReviewPage> cut, int id) =>
        cut.Find($"[data-departure-id='{id}'] input[data-testid=review-select]");

    private async Task<DepartureStatus> StatusAsync(int id)
    {
        await using var db = await Factory.CreateDbContextAsync();
        return await db.Departures.Where(d => d.Id == id).Select(d => d.Status).SingleAsync();
    }

    /// <summary>An extracted report of a sentence of the seed article, located in its text like the article import does.</summary>
    private async Task<int> AddExtractedAsync(string sentence, DateTimeOffset createdAt, double? confidence = null)
    {
        await using var db = await Factory.CreateDbContextAsync();
        var article = await db.Articles.SingleAsync();
        var company = await db.Companies.SingleAsync(c => c.Slug == "thinking-machines-lab");
        var departure = new Departure
        {
            CompanyId = company.Id,
            Status = DepartureStatus.Extracted,
            Confidence = confidence,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
            Sources = [new DepartureSource { ArticleId = article.Id, Evidence = sentence, EvidenceStart = article.Text.IndexOf(sentence, StringComparison.Ordinal), EvidenceLength = sentence.Length, AddedAt = createdAt }],
        };
        db.Departures.Add(departure);
        await db.SaveChangesAsync();
        return departure.Id;
    }
}

/// <summary>The editor the bUnit tests act as (the integration and browser tests sign in for real).</summary>
internal sealed class SignedInEditor : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
        Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "edith@example.com"), new Claim(ClaimTypes.NameIdentifier, "user-edith"), new Claim(ClaimTypes.Role, "Editor")],
            authenticationType: "Test"))));
}
