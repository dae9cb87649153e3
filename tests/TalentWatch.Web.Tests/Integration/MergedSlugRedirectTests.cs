using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Core.Companies;
using TalentWatch.Core.History;
using TalentWatch.Core.People;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Store;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>
/// R3: after a merge, a bookmarked address of the merged-away company or person leads to the survivor (its name is an alias
/// of the survivor now); a slug nobody ever had is still the friendly 404.
/// </summary>
public sealed class MergedSlugRedirectTests(MergedSlugRedirectTests.MergedApp fixture) : IClassFixture<MergedSlugRedirectTests.MergedApp>
{
    private readonly HttpClient client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/companies/thinking-machines", "/companies/thinking-machines-lab")]
    [InlineData("/companies/thinking-machines?to=meta&page=1", "/companies/thinking-machines-lab?to=meta&page=1")]
    [InlineData("/people/andy-tulloch", "/people/andrew-tulloch")]
    public async Task A_merged_away_page_address_redirects_permanently_to_the_survivor(string url, string survivor)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(survivor, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/companies/thinking-machines/edit", "/companies/thinking-machines-lab/edit")]
    [InlineData("/people/andy-tulloch/edit", "/people/andrew-tulloch/edit")]
    public async Task A_merged_away_edit_address_redirects_an_editor_permanently_to_the_survivors_edit_page(string url, string survivor)
    {
        var editor = await TestAccounts.SignedInClientAsync(fixture.App, await TestAccounts.CreateEditorAsync(fixture.App.Services));

        var response = await editor.GetAsync(url);
        var survivorsPage = await editor.GetAsync(survivor);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(survivor, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, survivorsPage.StatusCode);
    }

    [Theory]
    [InlineData("/companies/no-such-company/edit")]
    [InlineData("/people/nobody-at-all/edit")]
    public async Task An_edit_address_nobody_had_is_still_not_found_for_an_editor(string url)
    {
        var editor = await TestAccounts.SignedInClientAsync(fixture.App, await TestAccounts.CreateEditorAsync(fixture.App.Services));

        var response = await editor.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_merged_away_edit_address_still_asks_an_anonymous_visitor_to_sign_in_first()
    {
        var response = await TestAccounts.AnonymousClient(fixture.App).GetAsync("/companies/thinking-machines/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_merged_away_timeline_address_redirects_permanently_keeping_the_method_and_the_query()
    {
        var response = await client.GetAsync("/api/companies/thinking-machines/timeline?to=openai");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/api/companies/thinking-machines-lab/timeline?to=openai", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_departures_filter_on_a_merged_away_company_redirects_to_the_survivors_filter()
    {
        var page = await client.GetAsync("/departures?from=thinking-machines&founder=true");
        var api = await client.GetAsync("/api/departures?to=thinking-machines");

        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.Equal("/departures?from=thinking-machines-lab&founder=true", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.PermanentRedirect, api.StatusCode);
        Assert.Equal("/api/departures?to=thinking-machines-lab", api.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/api/departures?to=no-such-company")]
    [InlineData("/departures?from=veritas-ai&to=openai&founder=true")]
    public async Task A_departures_filter_that_matches_nothing_otherwise_is_answered_as_before(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Following_the_redirect_shows_the_survivor_with_the_absorbed_departure()
    {
        var html = await fixture.App.CreateClient().GetStringAsync("/companies/thinking-machines");

        Assert.Contains("Thinking Machines Lab", html, StringComparison.Ordinal);
        Assert.Contains("Rosa Quint", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/companies/no-such-company")]
    [InlineData("/people/nobody-at-all")]
    [InlineData("/api/companies/no-such-company/timeline")]
    public async Task A_slug_nobody_had_is_still_not_found(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_survivors_own_address_is_not_redirected()
    {
        var response = await client.GetAsync("/companies/thinking-machines-lab");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The seeded app, plus a duplicate company and a duplicate person merged into the seeded ones by the editors.</summary>
    public sealed class MergedApp : IAsyncLifetime
    {
        public TalentWatchApp App { get; } = new();

        public async Task InitializeAsync()
        {
            await App.InitializeAsync();
            var factory = App.Services.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>();
            int duplicateCompanyId, survivorCompanyId, duplicatePersonId, survivorPersonId;
            await using (var db = await factory.CreateDbContextAsync())
            {
                var duplicate = Company.Named("Thinking Machines");
                var person = Person.Named("Andy Tulloch");
                var rosa = Person.Named("Rosa Quint");
                db.AddRange(duplicate, person, rosa);
                await db.SaveChangesAsync();
                db.Departures.Add(new Core.Departures.Departure
                {
                    PersonId = rosa.Id, CompanyId = duplicate.Id, Date = Web.Features.Shared.Dates.Of("2026-02"), Role = "engineer",
                    Status = Core.Departures.DepartureStatus.Accepted,
                    CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
                });
                await db.SaveChangesAsync();
                (duplicateCompanyId, duplicatePersonId) = (duplicate.Id, person.Id);
                survivorCompanyId = await db.Companies.Where(c => c.Slug == "thinking-machines-lab").Select(c => c.Id).SingleAsync();
                survivorPersonId = await db.People.Where(p => p.Slug == "andrew-tulloch").Select(p => p.Id).SingleAsync();
            }

            await using var scope = App.Services.CreateAsyncScope();
            var editor = Actor.Named(null, "editor@example.com");
            var companies = await scope.ServiceProvider.GetRequiredService<CompanyEditor>().MergeAsync(survivorCompanyId, 0, duplicateCompanyId, 0, editor);
            var people = await scope.ServiceProvider.GetRequiredService<PersonEditor>().MergeAsync(survivorPersonId, 0, duplicatePersonId, 0, editor);
            Assert.True(companies.Succeeded, companies.Message);
            Assert.True(people.Succeeded, people.Message);
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }
}
