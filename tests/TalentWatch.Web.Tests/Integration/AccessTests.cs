using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Web.Features.Accounts;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>
/// Who may reach what. The editing pages and endpoints are found from endpoint metadata (every endpoint whose authorization
/// asks for <see cref="AccessPolicies.CanEdit"/> or <see cref="AccessPolicies.CanAdminister"/>), so pages added later are
/// covered without listing them here.
/// </summary>
public sealed class AccessTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    public static TheoryData<string> EditingPolicies => [AccessPolicies.CanEdit, AccessPolicies.CanAdminister];

    private List<(string Url, string Method)> ProtectedEndpoints(string policy) =>
        fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == policy))
            .Select(e => (Url: "/" + string.Join("/", e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Part)))),
                Method: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is [var first, ..] ? first : "GET"))
            .Distinct()
            .ToList();

    // A route parameter gets a value that exists in the test data or is at least well-formed: the check runs before the page.
    private static string Part(Microsoft.AspNetCore.Routing.Patterns.RoutePatternPart part) => part switch
    {
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "1",
        _ => "",
    };

    [Fact]
    public void The_import_page_is_among_the_editing_endpoints()
    {
        Assert.Contains(ProtectedEndpoints(AccessPolicies.CanEdit), e => e.Url == "/import");
    }

    [Theory]
    [MemberData(nameof(EditingPolicies))]
    public async Task Anonymous_users_are_sent_to_sign_in_from_every_editing_endpoint(string policy)
    {
        var client = TestAccounts.AnonymousClient(fixture.App);

        foreach (var (url, method) in ProtectedEndpoints(policy))
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

            if (url.StartsWith("/api/", StringComparison.Ordinal))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {url}: {(int)response.StatusCode}");
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.Contains("ReturnUrl=", response.Headers.Location.Query, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EditingPolicies))]
    public async Task Signed_in_users_without_the_role_are_refused_every_editing_endpoint(string policy)
    {
        var reader = await TestAccounts.CreateAsync(fixture.App.Services, role: null);
        var client = await TestAccounts.SignedInClientAsync(fixture.App, reader);

        foreach (var (url, method) in ProtectedEndpoints(policy))
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

            if (url.StartsWith("/api/", StringComparison.Ordinal))
            {
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {url}: {(int)response.StatusCode}");
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_editor_is_refused_the_admin_endpoints_but_an_admin_may_edit()
    {
        var editor = await TestAccounts.SignedInClientAsync(fixture.App, await TestAccounts.CreateEditorAsync(fixture.App.Services));
        var admin = await TestAccounts.SignedInClientAsync(fixture.App, await TestAccounts.CreateAsync(fixture.App.Services, Core.Accounts.Roles.Admin));

        foreach (var (url, _) in ProtectedEndpoints(AccessPolicies.CanAdminister).Where(e => e.Method == "GET"))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/import")).StatusCode);
    }

    [Fact]
    public async Task Reading_stays_public_by_default()
    {
        var client = TestAccounts.AnonymousClient(fixture.App);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/companies")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/exports/quarter/2026-Q1.csv")).StatusCode);
    }

    [Fact]
    public async Task The_nav_shows_the_import_link_only_to_editors()
    {
        var anonymous = await TestAccounts.AnonymousClient(fixture.App).GetStringAsync("/companies");
        var editor = await (await TestAccounts.SignedInClientAsync(fixture.App, await TestAccounts.CreateEditorAsync(fixture.App.Services))).GetStringAsync("/companies");

        Assert.DoesNotContain("href=\"/import\"", anonymous, StringComparison.Ordinal);
        Assert.Contains("Sign in", anonymous, StringComparison.Ordinal);
        Assert.Contains("href=\"/import\"", editor, StringComparison.Ordinal);
        Assert.Contains("Sign out", editor, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/logout")]
    public async Task A_form_post_without_an_antiforgery_token_gets_400(string url)
    {
        var client = TestAccounts.AnonymousClient(fixture.App);

        var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = "someone@example.com",
            ["Input.Password"] = "whatever it is",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/api/companies")]
    [InlineData("/exports/quarter/2026-Q1.csv")]
    [InlineData("/health")]
    [InlineData("/companies/no-such-company")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await TestAccounts.AnonymousClient(fixture.App).GetAsync(url);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only()
    {
        var editor = await TestAccounts.CreateEditorAsync(fixture.App.Services);
        var response = await TestAccounts.PostSignInAsync(TestAccounts.AnonymousClient(fixture.App), editor.Email, editor.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("TalentWatch.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
