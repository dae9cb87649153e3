using Microsoft.AspNetCore.Components;

namespace TalentWatch.Web.Features.Shared;

/// <summary>
/// The not-found branch of a page whose slug may belong to a merged-away company or person (R3): a bookmarked link leads to
/// the survivor's page, with the same query (filter, page). A prerendered HTTP request gets a permanent redirect (301), so
/// links and search engines learn the new address; within a running circuit the address is replaced, so Back does not
/// return to the dead one. With no survivor it is the friendly 404 as before.
/// </summary>
public static class MergedAddress
{
    public static void SurvivorOrNotFound(HttpContext? context, NavigationManager navigation, string? survivorPath)
    {
        if (survivorPath is null)
        {
            navigation.NotFound();
            return;
        }

        MoveTo(context, navigation, survivorPath + new Uri(navigation.Uri).Query);
    }

    /// <summary>Sends the browser on to <paramref name="target"/> (a local path and query) for good.</summary>
    public static void MoveTo(HttpContext? context, NavigationManager navigation, string target)
    {
        if (context is { Response.HasStarted: false })
        {
            context.Response.Redirect(target, permanent: true);
            return;
        }

        navigation.NavigateTo(target, replace: true);
    }
}
