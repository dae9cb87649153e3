using System.Security.Cryptography;

namespace TalentWatch.Web.Infrastructure.Api;

/// <summary>
/// Strong ETags on the JSON API's successful GET answers (a hash of the body, which paging keeps small), and 304 Not Modified
/// when the client's <c>If-None-Match</c> names it: a poller that asks again gets a few bytes instead of the page.
/// <c>Cache-Control: no-cache</c> makes clients revalidate every time, so they never show stale figures. An endpoint that
/// keeps its answer's bytes and tag per store change (<see cref="TaggedByEndpoint"/>, <see cref="TaggedJson"/>) is not
/// buffered and hashed again on every request.
/// </summary>
public static class ApiCaching
{
    /// <summary>Answers larger than this are sent as they are (no ETag) rather than held in memory.</summary>
    public const int MaxBufferedBytes = 4 * 1024 * 1024;

    /// <summary>Endpoint metadata: the endpoint answers with <see cref="TaggedJson"/>, which sets its own ETag.</summary>
    public static readonly object TaggedByEndpoint = new TaggedByEndpointMetadata();

    /// <summary>The strong ETag of a body: the first 16 bytes of its SHA-256, in hex and quotes.</summary>
    public static string TagOf(ReadOnlySpan<byte> body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body)[..16]) + "\"";

    /// <summary>Sets the ETag and <c>Cache-Control</c> of a 200 answer; true when the client already holds it (answer 304).</summary>
    public static bool IsNotModified(HttpContext context, string tag)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.Headers.ETag = tag;
        response.Headers.CacheControl = "no-cache";
        if (!context.Request.Headers.IfNoneMatch.Any(value => value is not null
            && value.Split(',').Any(t => t.Trim() == tag || t.Trim() == "*")))
        {
            return false;
        }

        response.StatusCode = StatusCodes.Status304NotModified;
        response.ContentLength = null;
        return true;
    }

    public static IApplicationBuilder UseTalentWatchApiCaching(this IApplicationBuilder app) => app.UseWhen(
        context => HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments("/api"),
        branch => branch.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<TaggedByEndpointMetadata>() is not null)
            {
                await next();
                return;
            }

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

            if (context.Response.StatusCode == StatusCodes.Status200OK && buffer.Length <= MaxBufferedBytes
                && IsNotModified(context, TagOf(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))))
            {
                return;
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }));
}

/// <summary>
/// A JSON answer serialised once and kept with its ETag (the same tag <see cref="ApiCaching"/> would compute), for an endpoint
/// whose answer only changes with the store: a request writes the kept bytes, or a 304 when the client holds the tag.
/// </summary>
public sealed class TaggedJson : IResult
{
    private TaggedJson(byte[] body)
    {
        Body = body;
        ETag = ApiCaching.TagOf(body);
    }

    public byte[] Body { get; }

    public string ETag { get; }

    public static TaggedJson Of<T>(T value, System.Text.Json.JsonSerializerOptions options) =>
        new(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, options));

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (ApiCaching.IsNotModified(httpContext, ETag))
        {
            return;
        }

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, httpContext.RequestAborted);
    }
}

internal sealed class TaggedByEndpointMetadata;
