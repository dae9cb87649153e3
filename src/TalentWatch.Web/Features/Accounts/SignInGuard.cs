using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using TalentWatch.Data.Accounts;

namespace TalentWatch.Web.Features.Accounts;

/// <summary>
/// Sign-in that tells an attacker nothing and cannot be turned against the account's owner (issue 15, item 10):
/// <list type="bullet">
/// <item>One answer for every failure, known account or not, and the same work: an unknown address is checked against a
/// dummy password hash, so a wrong password costs the same time for both.</item>
/// <item>Failures are counted per client address and account: after <see cref="AccountRegistration.MaxFailedSignIns"/> from one
/// address, that address may not try that account for <see cref="AccountRegistration.LockoutMinutes"/> minutes, whether the
/// account exists or not. The account itself is not locked, so five posts from a stranger no longer lock the admin out
/// (Identity's own lockout is not used); the owner signs in from their own address. The per-address post limit
/// (<c>RateLimits:SignIn</c>) bounds guessing across accounts.</item>
/// </list>
/// </summary>
public sealed class SignInGuard(TimeProvider clock)
{
    public const string FailedMessage = "The email or password is wrong.";

    public static readonly string BlockedMessage =
        $"Too many failed attempts for this account from your address. Wait {AccountRegistration.LockoutMinutes} minutes and try again.";

    /// <summary>A hash of a random password, made once with the app's hasher: what an unknown account's password is checked against.</summary>
    private readonly Lazy<string> dummyHash = new(() =>
        new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    private readonly ConcurrentDictionary<(string Address, string Account), Failures> failures = new();

    public enum Outcome
    {
        SignedIn,
        Failed,
        Blocked,
    }

    public async Task<Outcome> SignInAsync(SignInManager<IdentityUser> signIn, string address, string email, string password, bool remember)
    {
        var key = (address, email.Trim().ToUpperInvariant());
        var now = clock.GetUtcNow();
        if (failures.TryGetValue(key, out var known) && known.BlockedUntil > now)
        {
            return Outcome.Blocked;
        }

        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(email.Trim()) ?? await users.FindByEmailAsync(email.Trim());
        bool succeeded;
        if (user is null)
        {
            // The same PBKDF2 work as a real check, then the same answer.
            _ = users.PasswordHasher.VerifyHashedPassword(new IdentityUser(), dummyHash.Value, password);
            succeeded = false;
        }
        else
        {
            succeeded = (await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: false)).Succeeded;
        }

        if (succeeded)
        {
            failures.TryRemove(key, out _);
            return Outcome.SignedIn;
        }

        var counted = failures.AddOrUpdate(key, _ => Failures.First(now), (_, f) => f.Add(now));
        Prune(now);
        return counted.BlockedUntil > now ? Outcome.Blocked : Outcome.Failed;
    }

    public static string Message(Outcome outcome) => outcome == Outcome.Blocked ? BlockedMessage : FailedMessage;

    /// <summary>Drops finished windows now and then, so the table stays as small as the attacks of the last quarter hour.</summary>
    private void Prune(DateTimeOffset now)
    {
        if (failures.Count < 1_000)
        {
            return;
        }

        foreach (var (key, value) in failures)
        {
            if (value.WindowStart + Window < now && value.BlockedUntil <= now)
            {
                failures.TryRemove(key, out _);
            }
        }
    }

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(AccountRegistration.LockoutMinutes);

    private sealed record Failures(DateTimeOffset WindowStart, int Count, DateTimeOffset BlockedUntil)
    {
        public static Failures First(DateTimeOffset now) => new Failures(now, 1, DateTimeOffset.MinValue).Checked(now);

        public Failures Add(DateTimeOffset now) =>
            (WindowStart + Window < now && BlockedUntil <= now ? First(now) : this with { Count = Count + 1 }).Checked(now);

        private Failures Checked(DateTimeOffset now) =>
            Count >= AccountRegistration.MaxFailedSignIns && BlockedUntil <= now ? this with { BlockedUntil = now + Window } : this;
    }
}
