using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Data.Accounts;
using TalentWatch.Web.Features.Accounts;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>
/// Issue 15, item 10: the sign-in page answers alike for unknown and known accounts, and five posts from a stranger's
/// address no longer lock the owner out. The test server has no client address, so a header stands in for it.
/// </summary>
public sealed class SignInAbuseTests : IAsyncLifetime
{
    private readonly AddressedApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private HttpClient ClientFrom(string address)
    {
        var client = TestAccounts.AnonymousClient(app);
        client.DefaultRequestHeaders.Add(AddressedApp.Header, address);
        return client;
    }

    [Fact]
    public async Task An_unknown_account_and_a_wrong_password_get_the_same_answer()
    {
        var editor = await TestAccounts.CreateEditorAsync(app.Services);

        var known = await (await TestAccounts.PostSignInAsync(ClientFrom("10.0.0.1"), editor.Email, "wrong password here")).Content.ReadAsStringAsync();
        var unknown = await (await TestAccounts.PostSignInAsync(ClientFrom("10.0.0.1"), "nobody@example.com", "wrong password here")).Content.ReadAsStringAsync();

        Assert.Contains(SignInGuard.FailedMessage, known, StringComparison.Ordinal);
        Assert.Contains(SignInGuard.FailedMessage, unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_account_costs_a_password_hash_like_a_known_one()
    {
        var editor = await TestAccounts.CreateEditorAsync(app.Services);
        var hasher = app.Services.GetRequiredService<CountingHasher>();

        var before = hasher.Verifications;
        await TestAccounts.PostSignInAsync(ClientFrom("10.0.0.2"), editor.Email, "wrong password here");
        var forKnown = hasher.Verifications - before;
        await TestAccounts.PostSignInAsync(ClientFrom("10.0.0.2"), "nobody-at-all@example.com", "wrong password here");
        var forUnknown = hasher.Verifications - before - forKnown;

        // The same PBKDF2 work either way (a wrong password took 55-110 ms, an unknown account 6 ms: the difference told them apart).
        Assert.Equal(1, forKnown);
        Assert.Equal(1, forUnknown);
    }

    [Fact]
    public async Task Five_wrong_posts_from_a_stranger_do_not_lock_the_owner_out()
    {
        var admin = await TestAccounts.CreateAsync(app.Services, TalentWatch.Core.Accounts.Roles.Admin);
        var stranger = ClientFrom("203.0.113.9");
        for (var attempt = 0; attempt < AccountRegistration.MaxFailedSignIns; attempt++)
        {
            await TestAccounts.PostSignInAsync(stranger, admin.Email, "guess number " + attempt);
        }

        var strangerWithTheRightPassword = await TestAccounts.PostSignInAsync(stranger, admin.Email, admin.Password);
        Assert.Equal(HttpStatusCode.OK, strangerWithTheRightPassword.StatusCode);
        Assert.Contains(SignInGuard.BlockedMessage, await strangerWithTheRightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var owner = await TestAccounts.PostSignInAsync(ClientFrom("198.51.100.7"), admin.Email, admin.Password);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    [Fact]
    public async Task An_unknown_account_is_blocked_like_a_known_one()
    {
        var stranger = ClientFrom("203.0.113.10");
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt <= AccountRegistration.MaxFailedSignIns; attempt++)
        {
            last = await TestAccounts.PostSignInAsync(stranger, "nobody-here@example.com", "guess number " + attempt);
        }

        Assert.Contains(SignInGuard.BlockedMessage, await last!.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Identity's hasher, counting how often a password is checked.</summary>
    private sealed class CountingHasher : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> inner = new();
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public string HashPassword(IdentityUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    /// <summary>The app with the client address taken from a test header (the test server leaves it empty).</summary>
    private sealed class AddressedApp : TalentWatchApp
    {
        public const string Header = "X-Test-Client-Address";

        public AddressedApp() => Seed = false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<IStartupFilter, AddressFromHeader>();
                services.AddSingleton<CountingHasher>();
                services.AddSingleton<IPasswordHasher<IdentityUser>>(provider => provider.GetRequiredService<CountingHasher>());
            });
        }

        private sealed class AddressFromHeader : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
                    {
                        context.Connection.RemoteIpAddress = address;
                    }

                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}
