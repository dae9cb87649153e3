using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using TalentWatch.Core.History;

namespace TalentWatch.Web.Features.History;

/// <summary>The <see cref="Actor"/> a change is recorded under: the signed-in account's id and its name (the e-mail address).</summary>
public static class EditorIdentity
{
    public static Actor ActorOf(AuthenticationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var user = state.User;
        if (user.Identity is not { IsAuthenticated: true })
        {
            throw new InvalidOperationException("Only a signed-in editor can change records.");
        }

        var name = user.Identity.Name ?? user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "editor";
        return Actor.Named(user.FindFirstValue(ClaimTypes.NameIdentifier), name);
    }
}
