using TalentWatch.Core.Dates;

namespace TalentWatch.Core.Departures;

/// <summary>One report of a departure, with names already resolved to ids (PersonId null: unnamed).</summary>
public sealed record DepartureReport(int? PersonId, int CompanyId, int? DestinationId, PrecisionDate Date, string? Role, bool? Founder);

/// <summary>
/// SPEC "One departure, many reports": a report of a named person is the same departure as an earlier one of that person from
/// the same company whose date interval overlaps its own (an unknown date overlaps everything). Merging keeps the most precise
/// date and fills missing fields; the caller keeps the report's source. Unnamed reports never merge.
/// </summary>
public static class DepartureMerger
{
    /// <summary>
    /// The departure <paramref name="report"/> belongs to among <paramref name="candidates"/> (the departures of the same person
    /// and company, in the order they arrived): the first whose date overlaps; null for a new departure.
    /// </summary>
    public static Departure? FindMatch(IEnumerable<Departure> candidates, DepartureReport report)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(report);
        if (report.PersonId is null)
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (candidate.PersonId == report.PersonId && candidate.CompanyId == report.CompanyId && candidate.Date.Overlaps(report.Date))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A new departure from a first report.</summary>
    public static Departure Create(DepartureReport report, DepartureStatus status, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new Departure
        {
            PersonId = report.PersonId,
            CompanyId = report.CompanyId,
            DestinationId = report.DestinationId,
            Date = report.Date,
            Role = report.Role,
            Founder = report.Founder,
            Status = status,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Folds a later report into <paramref name="departure"/>; true when a field changed.</summary>
    public static bool Merge(Departure departure, DepartureReport report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(departure);
        var change = Merge(DepartureMergeFacts.Of(departure), report);
        change.ApplyTo(departure, now);
        return change.ChangesAnything;
    }

    /// <summary>
    /// The merge rule on the facts a bulk import keeps of a departure (decision P17), and through them on a whole departure:
    /// a more precise date, and a destination, role (not blank) or founder flag the departure lacks. What the report fills in
    /// or makes more precise, each null where the departure keeps its own.
    /// </summary>
    public static DepartureMergeChange Merge(DepartureMergeFacts departure, DepartureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new DepartureMergeChange(
            report.Date.Precision > departure.Precision ? report.Date : null,
            !departure.HasDestination ? report.DestinationId : null,
            !departure.HasRole && !string.IsNullOrWhiteSpace(report.Role) ? report.Role : null,
            !departure.HasFounder ? report.Founder : null,
            Accepted: false);
    }
}
