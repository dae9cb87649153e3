using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Accounts;

/// <summary>
/// Identity over the store, with one set of password and lockout rules for the web app (sign-in) and the CLI
/// (<c>talentwatch users add</c>), so a password the CLI accepts is one the sign-in page takes.
/// </summary>
public static class AccountRegistration
{
    /// <summary>Failed sign-ins in a row before an account is locked for <see cref="LockoutMinutes"/>.</summary>
    public const int MaxFailedSignIns = 5;

    public const int LockoutMinutes = 15;

    public const int MinPasswordLength = 12;

    /// <summary>Users, roles and their managers; the web app adds the sign-in manager and cookies on top.</summary>
    public static IdentityBuilder AddTalentWatchAccounts(this IServiceCollection services) => services
        .AddIdentityCore<IdentityUser>(Configure)
        .AddRoles<IdentityRole>()
        .AddEntityFrameworkStores<TalentWatchDbContext>();

    public static void Configure(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;

        // Length over composition (NIST SP 800-63B): a long passphrase needs no digit or symbol.
        options.Password.RequiredLength = MinPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(LockoutMinutes);
    }
}
