using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using TalentWatch.Data.Accounts;

namespace TalentWatch.Web.Features.Accounts;

/// <summary>Identity with cookie sign-in over the store, the circuit's authentication state and the <c>Access:*</c> settings.</summary>
public static class AccountServices
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";
    public const string AccessDeniedPath = "/account/access-denied";

    /// <summary><c>Access:RequireSignIn</c>: when true every page and API needs a signed-in user (reading is public by default).</summary>
    public const string RequireSignInKey = "Access:RequireSignIn";

    public static IServiceCollection AddTalentWatchSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddTalentWatchAccounts().AddSignInManager();
        services.AddScoped<Admin.AccountAdministration>();
        services.AddSingleton<SignInGuard>();

        // Every request with a sign-in cookie checks the account's security stamp (one lookup by key), so signing out, a
        // changed role or password, or a removed account ends every copy of the cookie at once (issue 15, item 6).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = LogoutPath;
            cookie.AccessDeniedPath = AccessDeniedPath;
            cookie.Cookie.Name = "TalentWatch.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => MachineOrRedirect(context, StatusCodes.Status401Unauthorized, "Sign in first.");
            cookie.Events.OnRedirectToAccessDenied = context => MachineOrRedirect(context, StatusCodes.Status403Forbidden, "Your account may not do this.");
        });

        var requireSignIn = configuration.GetValue<bool>(RequireSignInKey);
        services.AddAuthorization(options =>
        {
            if (requireSignIn)
            {
                options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }
        });
        return services;
    }

    /// <summary>Scripts calling the JSON API or a download get a status code, not the HTML sign-in page.</summary>
    private static Task MachineOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status, string detail)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/exports"))
        {
            context.Response.StatusCode = status;
            return context.Response.WriteAsJsonAsync(
                new { status, title = status == StatusCodes.Status401Unauthorized ? "Unauthorized" : "Forbidden", detail },
                options: null, contentType: "application/problem+json");
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
