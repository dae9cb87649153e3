using System.Globalization;
using TalentWatch.Core.Dates;

namespace TalentWatch.Web.Features.Departures;

/// <summary>The columns a departures table sorts by (<c>?sort=</c>).</summary>
public enum DepartureSort
{
    Date,
    Person,
    Company,
    Destination,
    Role,
}

/// <summary>
/// The explorer's filters as they appear in the query string
/// (?from=&amp;to=&amp;quarter=&amp;since=&amp;until=&amp;founder=&amp;q=&amp;sort=&amp;dir=&amp;page=). The same parameters select the
/// rows of <c>/exports/departures.csv</c> and <c>.xlsx</c>. <see cref="Since"/>/<see cref="Until"/> keep departures whose
/// date interval lies within the range (both ends included), as a quarter does.
/// </summary>
public sealed record DepartureFilter(string? From, string? To, Quarter? Quarter, bool FoundersOnly, string? Text, int Page = 1)
{
    public static readonly DepartureFilter None = new(null, null, null, false, null);

    public DateOnly? Since { get; init; }

    public DateOnly? Until { get; init; }

    public DepartureSort Sort { get; init; } = DepartureSort.Date;

    /// <summary>Descending order; the default for dates (newest first), ascending for the other columns.</summary>
    public bool Descending { get; init; } = true;

    public bool IsDefaultOrder => Sort == DepartureSort.Date && Descending;

    /// <summary>Parses raw values; returns an error message for a value that is not understood.</summary>
    public static bool TryParse(string? from, string? to, string? quarter, string? founder, string? text, string? page, out DepartureFilter filter, out string? error,
        string? since = null, string? until = null, string? sort = null, string? dir = null)
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

        if (!TryDate("since", since, out var sinceDate, ref error) || !TryDate("until", until, out var untilDate, ref error))
        {
            return false;
        }

        if (sinceDate > untilDate)
        {
            error = $"since {sinceDate:yyyy-MM-dd} is after until {untilDate:yyyy-MM-dd}.";
            return false;
        }

        var sortColumn = DepartureSort.Date;
        if (!string.IsNullOrWhiteSpace(sort) && (!Enum.TryParse(sort.Trim(), ignoreCase: true, out sortColumn) || !Enum.IsDefined(sortColumn)))
        {
            error = $"sort '{sort}' is not a column; use date, person, company, destination or role.";
            return false;
        }

        bool descending;
        switch (dir?.Trim().ToLowerInvariant())
        {
            case null or "": descending = sortColumn == DepartureSort.Date; break;
            case "desc": descending = true; break;
            case "asc": descending = false; break;
            default:
                error = $"dir '{dir}' is not asc or desc.";
                return false;
        }

        filter = new DepartureFilter(Blank(from), Blank(to), q, foundersOnly, Blank(text), pageNumber)
        {
            Since = sinceDate, Until = untilDate, Sort = sortColumn, Descending = descending,
        };
        return true;
    }

    /// <summary>The filter as a query string; the page and the sort only when they differ from the first page and the default order.</summary>
    public string ToQueryString(int? page = null) => Query(page ?? Page);

    /// <summary>The filter without paging, for downloads of every matching row (in the table's order).</summary>
    public string ToExportQueryString() => Query(1);

    /// <summary>The same filter sorted by <paramref name="column"/>: the column's natural direction first, reversed on a second click.</summary>
    public DepartureFilter SortedBy(DepartureSort column) => this with
    {
        Sort = column,
        Descending = column == Sort ? !Descending : column == DepartureSort.Date,
        Page = 1,
    };

    private string Query(int page)
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
        Add("since", Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("until", Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("founder", FoundersOnly ? "true" : null);
        Add("q", Text);
        if (!IsDefaultOrder)
        {
            Add("sort", Sort.ToString().ToLowerInvariant());
            Add("dir", Descending ? "desc" : "asc");
        }

        Add("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private static bool TryDate(string name, string? text, out DateOnly? date, ref string? error)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            error = $"{name} '{text}' is not a date; expected YYYY-MM-DD, for example 2026-01-31.";
            return false;
        }

        date = parsed;
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
