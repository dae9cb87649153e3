using System.Net;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>Cookie sign-in through the real form; the import page needs the Editor role.</summary>
public sealed class SignInTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task An_editor_signs_in_and_opens_the_import_page()
    {
        var editor = await TestAccounts.CreateEditorAsync(fixture.App.Services);
        var client = await TestAccounts.SignedInClientAsync(fixture.App, editor);

        var response = await client.GetAsync("/import");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Import an article", html, StringComparison.Ordinal);
        Assert.Contains(editor.Email, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_goes_back_to_the_return_url_but_never_to_another_site()
    {
        var editor = await TestAccounts.CreateEditorAsync(fixture.App.Services);

        var local = await TestAccounts.PostSignInAsync(TestAccounts.AnonymousClient(fixture.App), editor.Email, editor.Password, "/companies?q=x");
        var foreign = await TestAccounts.PostSignInAsync(TestAccounts.AnonymousClient(fixture.App), editor.Email, editor.Password, "//evil.example/");

        var home = new Uri("http://localhost/");
        Assert.Equal(new Uri(home, "/companies?q=x"), new Uri(home, local.Headers.Location!));
        Assert.Equal(home, new Uri(home, foreign.Headers.Location!));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_no_cookie()
    {
        var editor = await TestAccounts.CreateEditorAsync(fixture.App.Services);
        var client = TestAccounts.AnonymousClient(fixture.App);

        var response = await TestAccounts.PostSignInAsync(client, editor.Email, "not the password at all");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is wrong.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/import")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_is_a_post_that_ends_the_session()
    {
        var editor = await TestAccounts.CreateEditorAsync(fixture.App.Services);
        var client = await TestAccounts.SignedInClientAsync(fixture.App, editor);
        var token = await TestAccounts.AntiforgeryTokenAsync(client, "/account/password");

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ReturnUrl"] = "/companies",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/companies", response.Headers.Location?.OriginalString);
        var import = await client.GetAsync("/import");
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.StartsWith("/account/login", import.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_password_takes_the_new_one_and_refuses_a_short_one()
    {
        var editor = await TestAccounts.CreateEditorAsync(fixture.App.Services);
        var client = await TestAccounts.SignedInClientAsync(fixture.App, editor);

        async Task<string> ChangeAsync(string current, string next) =>
            await (await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "change-password",
                ["__RequestVerificationToken"] = await TestAccounts.AntiforgeryTokenAsync(client, "/account/password"),
                ["Input.Current"] = current,
                ["Input.New"] = next,
                ["Input.Confirm"] = next,
            }))).Content.ReadAsStringAsync();

        Assert.Contains("Passwords must be at least 12 characters.", await ChangeAsync(editor.Password, "short"), StringComparison.Ordinal);
        Assert.Contains("Incorrect password.", await ChangeAsync("not my password at all", "a brand new passphrase"), StringComparison.Ordinal);
        Assert.Contains("Your password was changed.", await ChangeAsync(editor.Password, "a brand new passphrase"), StringComparison.Ordinal);

        var old = await TestAccounts.PostSignInAsync(TestAccounts.AnonymousClient(fixture.App), editor.Email, editor.Password);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        await TestAccounts.SignedInClientAsync(fixture.App, editor with { Password = "a brand new passphrase" });
    }
}
