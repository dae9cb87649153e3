using Microsoft.AspNetCore.Authorization;
using TalentWatch.Core.Accounts;

namespace TalentWatch.Web.Features.Accounts;

/// <summary>Named policies pages and endpoints ask for, so a role change happens in one place.</summary>
public static class AccessPolicies
{
    /// <summary>May change the record: review, edit, merge, import.</summary>
    public const string CanEdit = nameof(CanEdit);

    /// <summary>May manage accounts.</summary>
    public const string CanAdminister = nameof(CanAdminister);

    public static AuthorizationBuilder AddTalentWatchPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(CanEdit, policy => policy.RequireRole(Roles.Editor, Roles.Admin))
        .AddPolicy(CanAdminister, policy => policy.RequireRole(Roles.Admin));
}
