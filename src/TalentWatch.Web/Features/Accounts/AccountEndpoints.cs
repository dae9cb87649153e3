using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace TalentWatch.Web.Features.Accounts;

/// <summary>Sign-out is a POST with an antiforgery token (a GET link could be triggered by any page or image).</summary>
public static class AccountEndpoints
{
    public static WebApplication MapTalentWatchAccounts(this WebApplication app)
    {
        // Form-bound minimal APIs validate the antiforgery token through UseAntiforgery; a post without one gets 400.
        app.MapPost(AccountServices.LogoutPath, async (SignInManager<IdentityUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous();
        return app;
    }
}
