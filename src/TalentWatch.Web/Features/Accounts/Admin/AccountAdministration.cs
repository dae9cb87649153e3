using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Accounts;
using TalentWatch.Data.Accounts;

namespace TalentWatch.Web.Features.Accounts.Admin;

public sealed record AccountRow(string Email, string? Role, bool LockedOut);

/// <summary>
/// What /admin/users does. Each operation opens its own scope (its own UserManager and DbContext): the page lives as long as
/// the circuit, a context must not.
/// </summary>
public sealed class AccountAdministration(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var accounts = await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = new List<AccountRow>(accounts.Count);
        foreach (var account in accounts)
        {
            var roles = await users.GetRolesAsync(account);
            rows.Add(new AccountRow(account.Email ?? account.UserName ?? account.Id, Roles.All.FirstOrDefault(roles.Contains), account.LockoutEnd > now));
        }

        return rows;
    }

    public async Task<IReadOnlyList<string>> CreateAsync(string email, string password, string role)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await AccountCreation.CreateAsync(
            scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>(),
            scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(),
            email.Trim(), password, role);
    }

    /// <summary>Gives <paramref name="email"/> the role; an admin cannot take Admin from themself (no store without an admin by accident).</summary>
    public async Task<string?> SetRoleAsync(string email, string role, string? currentUser)
    {
        if (string.Equals(email, currentUser, StringComparison.OrdinalIgnoreCase) && role != Roles.Admin)
        {
            return "You cannot take the Admin role from your own account; ask another admin.";
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return $"{email}: no such account.";
        }

        await AccountCreation.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var result = await AccountRoles.SetRoleAsync(users, user, role);
        return result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));
    }
}
