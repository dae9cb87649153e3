using TalentWatch.Core.Dates;

namespace TalentWatch.Core.Departures;

/// <summary>
/// What the merge rule (<see cref="DepartureMerger"/>) reads of a named departure, in 16 bytes instead of a
/// <see cref="Departure"/> object: a bulk import keeps one per named departure of the store and of the file (decision P17).
/// The rule asks whether destination, role and founder are missing, never what they are, so only that is kept.
/// </summary>
public readonly record struct DepartureMergeFacts
{
    private readonly int startDay;
    private readonly int endDay;
    private readonly byte precision;
    private readonly Known known;

    private DepartureMergeFacts(int id, DatePrecision precision, DateInterval? interval, Known known)
    {
        Id = id;
        this.precision = (byte)precision;
        startDay = interval?.Start.DayNumber ?? 0;
        endDay = interval?.End.DayNumber ?? 0;
        this.known = known;
    }

    private DepartureMergeFacts(int id, byte precision, int startDay, int endDay, Known known)
    {
        Id = id;
        this.precision = precision;
        this.startDay = startDay;
        this.endDay = endDay;
        this.known = known;
    }

    [Flags]
    private enum Known : byte
    {
        None = 0,
        Destination = 1,
        Role = 2,
        Founder = 4,
        Extracted = 8,
    }

    public int Id { get; }

    public DatePrecision Precision => (DatePrecision)precision;

    public bool HasDestination => (known & Known.Destination) != 0;

    /// <summary>A role that is not empty or white space (<see cref="DepartureMerger.Merge(Departure, DepartureReport, DateTimeOffset)"/> fills any other).</summary>
    public bool HasRole => (known & Known.Role) != 0;

    public bool HasFounder => (known & Known.Founder) != 0;

    /// <summary>Still <see cref="DepartureStatus.Extracted"/> (not yet confirmed by an editor or a curated row).</summary>
    public bool IsExtracted => (known & Known.Extracted) != 0;

    public static DepartureMergeFacts Of(
        int id, DatePrecision precision, DateOnly? start, DateOnly? end, bool hasDestination, string? role, bool? founder, DepartureStatus status) =>
        new(
            id,
            precision,
            precision == DatePrecision.Unknown || start is null || end is null ? null : new DateInterval(start.Value, end.Value),
            (hasDestination ? Known.Destination : Known.None)
            | (string.IsNullOrWhiteSpace(role) ? Known.None : Known.Role)
            | (founder is null ? Known.None : Known.Founder)
            | (status == DepartureStatus.Extracted ? Known.Extracted : Known.None));

    public static DepartureMergeFacts Of(Departure departure)
    {
        ArgumentNullException.ThrowIfNull(departure);
        return Of(departure.Id, departure.Date.Precision, departure.Date.Interval?.Start, departure.Date.Interval?.End,
            departure.DestinationId is not null, departure.Role, departure.Founder, departure.Status);
    }

    /// <summary>The SPEC's overlap of date intervals; an unknown date overlaps everything (as <see cref="PrecisionDate.Overlaps"/>).</summary>
    public bool Overlaps(PrecisionDate date) =>
        Precision == DatePrecision.Unknown || date.Interval is not { } theirs
        || (startDay <= theirs.End.DayNumber && theirs.Start.DayNumber <= endDay);

    /// <summary>These facts after <paramref name="change"/> was applied.</summary>
    public DepartureMergeFacts With(DepartureMergeChange change)
    {
        var nowKnown = known
            | (change.DestinationId is null ? Known.None : Known.Destination)
            | (change.Role is null ? Known.None : Known.Role)
            | (change.Founder is null ? Known.None : Known.Founder);
        if (change.Accepted)
        {
            nowKnown &= ~Known.Extracted;
        }

        return change.Date is { } date
            ? new DepartureMergeFacts(Id, date.Precision, date.Interval, nowKnown)
            : new DepartureMergeFacts(Id, precision, startDay, endDay, nowKnown);
    }
}

/// <summary>
/// What a merge changes in a stored departure: each field the report fills or makes more precise, null where the departure
/// keeps its own (so an UPDATE can write <c>COALESCE(@value, "Column")</c> without reading the row, decision P17).
/// </summary>
public readonly record struct DepartureMergeChange(PrecisionDate? Date, int? DestinationId, string? Role, bool? Founder, bool Accepted)
{
    public bool ChangesAnything => Date is not null || DestinationId is not null || Role is not null || Founder is not null || Accepted;

    /// <summary>Applies the change to a departure held as an object (a row not yet written).</summary>
    public void ApplyTo(Departure departure, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(departure);
        if (Date is { } date)
        {
            departure.Date = date;
        }

        departure.DestinationId = DestinationId ?? departure.DestinationId;
        departure.Role = Role ?? departure.Role;
        departure.Founder = Founder ?? departure.Founder;
        if (Accepted)
        {
            departure.Status = DepartureStatus.Accepted;
        }

        if (ChangesAnything)
        {
            departure.UpdatedAt = now;
        }
    }
}

/// <summary>
/// The named departures a report may merge with, by person and company in arrival order (SPEC "One departure, many reports"),
/// held as <see cref="DepartureMergeFacts"/> in two arrays and one dictionary of (person, company) → first entry: about 40
/// bytes a departure where a list of <see cref="Departure"/> objects per pair cost several hundred (decision P17).
/// </summary>
public sealed class DepartureMergeIndex
{
    private const int None = -1;
    private readonly Dictionary<long, int> firstOfPair = [];
    private DepartureMergeFacts[] entries = new DepartureMergeFacts[1024];

    // The next entry of the same person and company, in arrival order; None at the end of a pair's chain.
    private int[] nextOfPair = new int[1024];

    public int Count { get; private set; }

    /// <summary>Adds a departure after every one added before (the arrival order the merge rule picks the first match in).</summary>
    public void Add(int personId, int companyId, DepartureMergeFacts facts)
    {
        if (Count == entries.Length)
        {
            Array.Resize(ref entries, entries.Length * 2);
            Array.Resize(ref nextOfPair, nextOfPair.Length * 2);
        }

        var entry = Count++;
        entries[entry] = facts;
        nextOfPair[entry] = None;
        var pair = Pair(personId, companyId);
        if (!firstOfPair.TryGetValue(pair, out var last))
        {
            firstOfPair[pair] = entry;
            return;
        }

        while (nextOfPair[last] != None)
        {
            last = nextOfPair[last];
        }

        nextOfPair[last] = entry;
    }

    /// <summary>
    /// The entry <paramref name="report"/> merges into: the first of the same person and company whose date overlaps, as
    /// <see cref="DepartureMerger.FindMatch"/>; -1 for a new departure (and always for an unnamed report).
    /// </summary>
    public int FindMatch(DepartureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.PersonId is not { } personId || !firstOfPair.TryGetValue(Pair(personId, report.CompanyId), out var entry))
        {
            return None;
        }

        for (; entry != None; entry = nextOfPair[entry])
        {
            if (entries[entry].Overlaps(report.Date))
            {
                return entry;
            }
        }

        return None;
    }

    public DepartureMergeFacts this[int entry] => entries[entry];

    /// <summary>
    /// Folds <paramref name="report"/> into the entry as <see cref="DepartureMerger.Merge(Departure, DepartureReport, DateTimeOffset)"/>
    /// does; <paramref name="confirm"/> also accepts an extracted departure. Returns what changed, for the writer.
    /// </summary>
    public DepartureMergeChange Merge(int entry, DepartureReport report, bool confirm)
    {
        var change = DepartureMerger.Merge(entries[entry], report) with { Accepted = confirm && entries[entry].IsExtracted };
        entries[entry] = entries[entry].With(change);
        return change;
    }

    private static long Pair(int personId, int companyId) => ((long)personId << 32) | (uint)companyId;
}
