namespace TalentWatch.Web.Features.Shared;

/// <summary>A page that cannot use a query value still renders its explanation, answered with status 400 when prerendered.</summary>
public static class BadRequest
{
    public static void Mark(HttpContext? context)
    {
        if (context is { Response.HasStarted: false })
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
