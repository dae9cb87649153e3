using System.Globalization;
using TalentWatch.Web.Features.Shared;

namespace TalentWatch.Web.Infrastructure.Api;

/// <summary>
/// Paging of every JSON list (<c>?page=&amp;pageSize=</c>): at most <see cref="MaxPageSize"/> rows per answer, so no call
/// reads or serialises the whole store (issue 15: 45 MB per unpaged call). The body stays the list the API always had;
/// the total and the neighbouring pages travel in headers (<c>X-Total-Count</c>, <c>X-Page</c>, <c>X-Page-Size</c>, RFC 8288
/// <c>Link</c> with <c>rel="next"</c>/<c>"prev"</c>), the convention of GitHub's API, so existing readers keep working.
/// </summary>
public readonly record struct ApiPaging(int Page, int PageSize)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>Reads <c>page</c> and <c>pageSize</c>; a bad value is an error for a 400 answer.</summary>
    public static bool TryRead(HttpRequest request, out ApiPaging paging, out string? error)
    {
        paging = default;
        if (!QueryValues.TryPage(request.Query["page"], out var page, out error)
            || !QueryValues.TryNumber("pageSize", request.Query["pageSize"], 1, MaxPageSize, DefaultPageSize, out var size, out error))
        {
            return false;
        }

        paging = new ApiPaging(page, size);
        return true;
    }

    /// <summary>Sets the paging headers for <paramref name="total"/> rows.</summary>
    public void Describe(HttpContext context, int total)
    {
        var headers = context.Response.Headers;
        headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        headers["X-Page"] = Page.ToString(CultureInfo.InvariantCulture);
        headers["X-Page-Size"] = PageSize.ToString(CultureInfo.InvariantCulture);
        var links = new List<string>();
        if ((long)Page * PageSize < total)
        {
            links.Add($"<{Link(context.Request, Page + 1)}>; rel=\"next\"");
        }

        if (Page > 1)
        {
            links.Add($"<{Link(context.Request, Page - 1)}>; rel=\"prev\"");
        }

        if (links.Count > 0)
        {
            headers.Link = string.Join(", ", links);
        }
    }

    private string Link(HttpRequest request, int page)
    {
        var query = request.Query.Where(p => p.Key is not ("page" or "pageSize"))
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value.ToString())}")
            .Append("page=" + page.ToString(CultureInfo.InvariantCulture))
            .Append("pageSize=" + PageSize.ToString(CultureInfo.InvariantCulture));
        return request.PathBase + request.Path + "?" + string.Join('&', query);
    }
}
