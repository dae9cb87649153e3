using System.Globalization;
using TalentWatch.Core.Dates;

namespace TalentWatch.Web.Features.Departures;

/// <summary>The explorer's filters as they appear in the query string (?from=&amp;to=&amp;quarter=&amp;founder=&amp;q=&amp;page=).</summary>
public sealed record DepartureFilter(string? From, string? To, Quarter? Quarter, bool FoundersOnly, string? Text, int Page = 1)
{
    public static readonly DepartureFilter None = new(null, null, null, false, null);

    /// <summary>Parses raw values; returns an error message for a value that is not understood.</summary>
    public static bool TryParse(string? from, string? to, string? quarter, string? founder, string? text, string? page, out DepartureFilter filter, out string? error)
    {
        filter = None;
        error = null;
        Quarter? q = null;
        if (!string.IsNullOrWhiteSpace(quarter))
        {
            if (!Shared.QueryValues.TryQuarter(quarter, Core.Dates.DepartureDateRule.Today(), out var parsed, out var quarterError))
            {
                error = "quarter: " + quarterError;
                return false;
            }

            q = parsed;
        }

        var foundersOnly = false;
        if (!string.IsNullOrWhiteSpace(founder) && !bool.TryParse(founder, out foundersOnly))
        {
            error = $"founder '{founder}' is not true or false.";
            return false;
        }

        if (!Shared.QueryValues.TryPage(page, out var pageNumber, out error))
        {
            return false;
        }

        filter = new DepartureFilter(Blank(from), Blank(to), q, foundersOnly, Blank(text), pageNumber);
        return true;
    }

    public string ToQueryString(int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("from", From);
        Add("to", To);
        Add("quarter", Quarter?.ToString());
        Add("founder", FoundersOnly ? "true" : null);
        Add("q", Text);
        var p = page ?? Page;
        Add("page", p > 1 ? p.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
