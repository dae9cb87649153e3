using Microsoft.AspNetCore.Identity;
using TalentWatch.Core.Accounts;

namespace TalentWatch.Data.Accounts;

/// <summary>Creating an account with one role, shared by <c>talentwatch users add</c> and the /admin/users page.</summary>
public static class AccountCreation
{
    /// <summary>
    /// Checks the email and password against Identity's rules first (every problem at once), then creates the account with
    /// <paramref name="role"/>. Returns the problems; empty means created. Nothing is stored when there is a problem.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CreateAsync(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, string email, string password, string role)
    {
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var problems = new List<string>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return ["an account with this email already exists."];
        }

        foreach (var validator in users.UserValidators)
        {
            problems.AddRange((await validator.ValidateAsync(users, user)).Errors.Select(e => e.Description));
        }

        foreach (var validator in users.PasswordValidators)
        {
            problems.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(e => $"password rejected: {e.Description}"));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        await EnsureRolesAsync(roles);
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, role);
            if (!created.Succeeded)
            {
                await users.DeleteAsync(user);
            }
        }

        return created.Errors.Select(e => e.Description).ToList();
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
