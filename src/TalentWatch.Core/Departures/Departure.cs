using TalentWatch.Core.Articles;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Dates;
using TalentWatch.Core.People;

namespace TalentWatch.Core.Departures;

/// <summary>A person leaving a company, merged from one or more reports (<see cref="Sources"/>).</summary>
public sealed class Departure
{
    private PrecisionDate date;

    public int Id { get; set; }

    /// <summary>Null for an unnamed departure ("a co-founder left"); those never merge.</summary>
    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    public int CompanyId { get; set; }

    public Company? Company { get; set; }

    public int? DestinationId { get; set; }

    public Company? Destination { get; set; }

    /// <summary>The date at its precision. Stored as <see cref="DateText"/> plus the interval columns the queries index.</summary>
    public PrecisionDate Date
    {
        get => date;
        set
        {
            date = value;
            DateText = value.ToNullableString();
            DatePrecision = value.Precision;
            DateStart = value.Interval?.Start;
            DateEnd = value.Interval?.End;
        }
    }

    public string? DateText
    {
        get => date.ToNullableString();
        private set => date = PrecisionDate.Parse(value);
    }

    public DatePrecision DatePrecision { get; private set; }

    public DateOnly? DateStart { get; private set; }

    public DateOnly? DateEnd { get; private set; }

    public string? Role { get; set; }

    public bool? Founder { get; set; }

    public DepartureStatus Status { get; set; }

    /// <summary>
    /// The extractor's confidence in [0, 1] that the article states this departure as recorded; null for CSV rows and
    /// departures an editor entered (a person's word is not scored). Several reports keep the highest.
    /// </summary>
    public double? Confidence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Set when an editor merged this departure into another: its sources moved there and it stays, <see cref="DepartureStatus.Rejected"/>,
    /// as a pointer (SPEC allows only extracted/accepted/rejected, so "merged" is this link rather than a fourth status).
    /// </summary>
    public int? MergedIntoId { get; set; }

    /// <summary>Optimistic concurrency token: raised by every change, so a save based on an older read fails instead of overwriting.</summary>
    public int Version { get; set; }

    public List<DepartureSource> Sources { get; set; } = [];
}

/// <summary>One report of a departure: an article sentence, or a row of an imported CSV file.</summary>
public sealed class DepartureSource
{
    public int Id { get; set; }

    public int DepartureId { get; set; }

    public int? ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>The link a CSV row gave, or the article's url.</summary>
    public string? Url { get; set; }

    /// <summary>The sentence(s) that state the departure; for a CSV row, "file:line".</summary>
    public string? Evidence { get; set; }

    public int? EvidenceStart { get; set; }

    public int? EvidenceLength { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
