using System.Security.Cryptography;

namespace TalentWatch.Web.Infrastructure.Api;

/// <summary>
/// Strong ETags on the JSON API's successful GET answers (a hash of the body, which paging keeps small), and 304 Not Modified
/// when the client's <c>If-None-Match</c> names it: a poller that asks again gets a few bytes instead of the page.
/// <c>Cache-Control: no-cache</c> makes clients revalidate every time, so they never show stale figures.
/// </summary>
public static class ApiCaching
{
    /// <summary>Answers larger than this are sent as they are (no ETag) rather than held in memory.</summary>
    public const int MaxBufferedBytes = 4 * 1024 * 1024;

    public static IApplicationBuilder UseTalentWatchApiCaching(this IApplicationBuilder app) => app.UseWhen(
        context => HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments("/api"),
        branch => branch.Use(async (context, next) =>
        {
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next();
            }
            finally
            {
                context.Response.Body = original;
            }

            var response = context.Response;
            if (response.StatusCode == StatusCodes.Status200OK && buffer.Length <= MaxBufferedBytes)
            {
                var tag = "\"" + Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..16]) + "\"";
                response.Headers.ETag = tag;
                response.Headers.CacheControl = "no-cache";
                if (context.Request.Headers.IfNoneMatch.Any(value => value is not null
                    && value.Split(',').Any(t => t.Trim() == tag || t.Trim() == "*")))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    response.ContentLength = null;
                    return;
                }
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }));
}
