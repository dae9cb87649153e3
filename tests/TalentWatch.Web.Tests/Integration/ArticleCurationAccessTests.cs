using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Store;
using TalentWatch.Extraction;
using TalentWatch.Web.Features.Articles;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>
/// The article page's editor actions run in the circuit, where a caller can invoke any handler it has seen: each checks the
/// editor policy itself, and stores nothing for a reader or an anonymous user.
/// </summary>
public sealed class ArticleCurationAccessTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static AuthenticationState Anonymous => new(new ClaimsPrincipal(new ClaimsIdentity()));

    private static AuthenticationState SignedIn(string? role)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, $"{role ?? "reader"}@example.com"), new(ClaimTypes.NameIdentifier, $"user-{role ?? "reader"}") };
        if (role is not null)
        {
            claims.Add(new Claim(ClaimTypes.Role, role));
        }

        return new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")));
    }

    [Fact]
    public async Task Readers_and_anonymous_users_are_refused_and_nothing_is_stored()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var actions = scope.ServiceProvider.GetRequiredService<ArticleCurationActions>();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>();
        var sentence = new TextSpan(0, TestData.ArticleText.IndexOf('.', StringComparison.Ordinal) + 1);
        var reading = new EvidenceReading([sentence], TestData.ArticleText[..sentence.Length], [], ["Thinking Machines Lab"], null, null, null, null);
        var fields = new DepartureFields("Nora Vale", "Thinking Machines Lab", "Meta", "2026-01", null, null);
        int dismissalsBefore;
        await using (var before = await factory.CreateDbContextAsync())
        {
            dismissalsBefore = await before.PossibleDepartureDismissals.CountAsync();
        }

        foreach (var state in new[] { Anonymous, SignedIn(null) })
        {
            foreach (var result in new[]
            {
                await actions.AddDepartureAsync(state, 1, reading, fields),
                await actions.DismissAsync(state, 1, sentence),
                await actions.MarkReviewedAsync(state, 1, reviewed: true),
            })
            {
                Assert.Equal(EditOutcome.Invalid, result.Outcome);
                Assert.Equal("Only editors can change the record.", result.Message);
            }
        }

        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.People.AnyAsync(p => p.Name == "Nora Vale"));
        Assert.Equal(dismissalsBefore, await db.PossibleDepartureDismissals.CountAsync());
        Assert.Null((await db.Articles.SingleAsync(a => a.Id == 1)).ReviewedAt);
    }

    [Fact]
    public async Task An_editor_marks_an_article_with_nothing_pending_reviewed_and_takes_it_back()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var actions = scope.ServiceProvider.GetRequiredService<ArticleCurationActions>();
        var curation = await scope.ServiceProvider.GetRequiredService<ArticleCurationQueries>().ReadAsync(1);
        Assert.NotNull(curation);
        foreach (var possible in curation.Possible)
        {
            Assert.True((await actions.DismissAsync(SignedIn("Editor"), 1, possible.Span)).Succeeded);
        }

        var marked = await actions.MarkReviewedAsync(SignedIn("Editor"), 1, reviewed: true);
        var reviewed = await scope.ServiceProvider.GetRequiredService<ArticleCurationQueries>().ReadAsync(1);
        var unmarked = await actions.MarkReviewedAsync(SignedIn("Editor"), 1, reviewed: false);

        Assert.True(marked.Succeeded, marked.Message);
        Assert.Equal("Editor@example.com", reviewed!.ReviewedBy);
        Assert.True(unmarked.Succeeded, unmarked.Message);
    }
}
