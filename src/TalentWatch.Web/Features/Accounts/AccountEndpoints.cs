using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace TalentWatch.Web.Features.Accounts;

/// <summary>Sign-out is a POST with an antiforgery token (a GET link could be triggered by any page or image).</summary>
public static class AccountEndpoints
{
    public static WebApplication MapTalentWatchAccounts(this WebApplication app)
    {
        // The token is checked here rather than by form binding: a post without one is a plain 400 with a sentence, not an
        // exception that the error handler turns into a 500 and four log entries (issue 15, item 9: cheap log flooding).
        app.MapPost(AccountServices.LogoutPath, async (HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn) =>
        {
            if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Problem(new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "Bad request",
                    Detail = "Sign out with the Sign out button: the form's security token is missing or out of date.",
                });
            }

            var returnUrl = (await context.Request.ReadFormAsync(context.RequestAborted))["returnUrl"].ToString();

            // A new security stamp ends this session everywhere: a copy of the cookie saved before signing out is refused
            // by the stamp check on its next request (issue 15, item 6), not honoured until it expires.
            if (context.User.Identity?.IsAuthenticated == true && await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous().DisableAntiforgery();
        return app;
    }
}
