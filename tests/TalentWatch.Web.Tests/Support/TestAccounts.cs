using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentWatch.Core.Accounts;

namespace TalentWatch.Web.Tests.Support;

/// <summary>An account created in the app's store; <see cref="Password"/> is test-only.</summary>
public sealed record TestAccount(string Email, string Password, string? Role);

/// <summary>
/// Accounts for tests: create a user with a role in the app's store, then sign in through the real sign-in page, either with
/// an <see cref="HttpClient"/> that keeps the cookie or in a Playwright page.
/// </summary>
public static partial class TestAccounts
{
    public const string Password = "correct horse battery staple";

    /// <summary>Creates an account (unique email unless given) holding <paramref name="role"/> (<see cref="Roles"/>), or no role.</summary>
    public static async Task<TestAccount> CreateAsync(IServiceProvider services, string? role, string? email = null)
    {
        email ??= $"{role?.ToLowerInvariant() ?? "reader"}-{Guid.NewGuid():N}@example.com";
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Check(await users.CreateAsync(user, Password));
        if (role is not null)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }

            Check(await users.AddToRoleAsync(user, role));
        }

        return new TestAccount(email, Password, role);
    }

    public static Task<TestAccount> CreateEditorAsync(IServiceProvider services) => CreateAsync(services, Roles.Editor);

    /// <summary>A client that does not follow redirects and keeps cookies, not signed in.</summary>
    public static HttpClient AnonymousClient(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as <paramref name="account"/> through the sign-in form (antiforgery token and all).</summary>
    public static async Task<HttpClient> SignedInClientAsync(WebApplicationFactory<Program> app, TestAccount account)
    {
        var client = AnonymousClient(app);
        var response = await PostSignInAsync(client, account.Email, account.Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {account.Email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>Loads the sign-in page (for its antiforgery token) and posts the form; the raw response.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var url = "/account/login" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var token = await AntiforgeryTokenAsync(client, url);
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>The hidden antiforgery field of the form on <paramref name="url"/> (its cookie stays in the client).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = TokenField().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"{url} has no antiforgery field.");
    }

    /// <summary>Signs <paramref name="page"/> in through the sign-in form and waits until it lands on <paramref name="returnUrl"/>. The
    /// wait allows a minute: the first sign-in of a run hashes the password and starts the server's circuit while other test
    /// classes load the two CI cores (one such sign-in took over 20 s in a CI run of session 25; alone it takes 4 s).</summary>
    public static async Task SignInAsync(IPage page, string baseUrl, TestAccount account, string returnUrl = "/")
    {
        await page.GotoAsync($"{baseUrl}/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.Locator("#login-email").FillAsync(account.Email);
        await page.Locator("#login-password").FillAsync(account.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=signed-in-as]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
