using Microsoft.AspNetCore.Identity;
using TalentWatch.Core.Accounts;

namespace TalentWatch.Data.Accounts;

/// <summary>An account holds exactly one of <see cref="Roles.All"/>; used by <c>talentwatch users set-role</c> and /admin/users.</summary>
public static class AccountRoles
{
    public static async Task<IdentityResult> SetRoleAsync(UserManager<IdentityUser> users, IdentityUser user, string role)
    {
        var current = await users.GetRolesAsync(user);
        var others = current.Where(r => r != role).ToList();
        if (others.Count > 0)
        {
            var removed = await users.RemoveFromRolesAsync(user, others);
            if (!removed.Succeeded)
            {
                return removed;
            }
        }

        if (!current.Contains(role))
        {
            var added = await users.AddToRoleAsync(user, role);
            if (!added.Succeeded)
            {
                return added;
            }
        }

        // A new stamp makes the user's open sessions re-check their rights (cookie validation and the circuit's revalidation).
        return await users.UpdateSecurityStampAsync(user);
    }
}
