using CsCheck;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;

namespace TalentWatch.Core.Tests.Departures;

/// <summary>
/// The import's compact merge index (decision P17) against <see cref="DepartureMerger.FindMatch"/> on <see cref="Departure"/>
/// objects and the merge rule written out field by field here (<see cref="OracleMerge"/>, independent of the code it checks)
/// as the oracle: the same reports must merge into the same departures and leave them with the same fields.
/// </summary>
public class DepartureMergeIndexTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Gen<PrecisionDate> AnyDate = Gen.OneOf(
        Gen.Const(PrecisionDate.Unknown),
        Gen.Int[2024, 2026].Select(PrecisionDate.OfYear),
        Gen.Select(Gen.Int[2024, 2026], Gen.Int[1, 4], (year, quarter) => PrecisionDate.OfQuarter(new Quarter(year, quarter))),
        Gen.Select(Gen.Int[2024, 2026], Gen.Int[1, 12], PrecisionDate.OfMonth),
        Gen.Select(Gen.Int[2024, 2026], Gen.Int[1, 12], Gen.Int[1, 28], (year, month, day) => PrecisionDate.OfDay(new DateOnly(year, month, day))));

    private static readonly Gen<string?> AnyRole = Pick<string?>(null, string.Empty, " ", "\t", "CTO", "Engineer");

    private static readonly Gen<bool?> AnyFounder = Pick<bool?>(null, true, false);

    private static readonly Gen<int?> AnyDestination = Pick<int?>(null, 11, 12);

    // Few people and companies, so reports meet the same departures often.
    private static readonly Gen<DepartureReport> AnyReport = Gen.Select(
        Pick<int?>(null, 1, 2, 3), Gen.Int[1, 2], AnyDestination, AnyDate, AnyRole, AnyFounder,
        (person, company, destination, date, role, founder) => new DepartureReport(person, company, destination, date, role, founder));

    private static readonly Gen<Departure> StoredDeparture = Gen.Select(
        AnyReport, Pick(DepartureStatus.Extracted, DepartureStatus.Accepted),
        (report, status) => DepartureMerger.Create(report with { PersonId = report.PersonId ?? 1 }, status, Now.AddDays(-1)));

    [Fact]
    public void Generated_reports_merge_into_the_same_departures_with_the_same_fields_as_the_object_rule() =>
        Gen.Select(StoredDeparture.List[0, 8], AnyReport.List[1, 40], (stored, reports) => (stored, reports)).Sample(input =>
        {
            var oracle = new List<Departure>();
            var index = new DepartureMergeIndex();
            var mirror = new List<Departure>(); // what the index's changes make of each departure, entry by entry
            foreach (var departure in input.stored)
            {
                departure.Id = oracle.Count + 1;
                oracle.Add(departure);
                index.Add(departure.PersonId!.Value, departure.CompanyId, DepartureMergeFacts.Of(departure));
                mirror.Add(Copy(departure));
            }

            foreach (var report in input.reports)
            {
                var expected = DepartureMerger.FindMatch(oracle, report);
                var entry = index.FindMatch(report);
                Assert.Equal(expected?.Id, entry < 0 ? null : index[entry].Id);
                if (expected is not null)
                {
                    var changed = OracleMerge(expected, report);
                    if (expected.Status == DepartureStatus.Extracted)
                    {
                        expected.Status = DepartureStatus.Accepted; // as the import does: a curated row confirms it
                        expected.UpdatedAt = Now;
                        changed = true;
                    }

                    var change = index.Merge(entry, report, confirm: true);
                    Assert.Equal(changed, change.ChangesAnything);
                    change.ApplyTo(mirror[entry], Now);
                    Assert.Equal(DepartureMergeFacts.Of(mirror[entry]), index[entry]);
                }
                else
                {
                    var created = DepartureMerger.Create(report, DepartureStatus.Accepted, Now);
                    created.Id = oracle.Count + 1;
                    oracle.Add(created);
                    if (report.PersonId is { } person)
                    {
                        index.Add(person, report.CompanyId, DepartureMergeFacts.Of(created));
                        mirror.Add(Copy(created));
                    }
                }
            }

            var named = oracle.Where(d => d.PersonId is not null).ToList();
            Assert.Equal(named.Count, index.Count);
            for (var entry = 0; entry < named.Count; entry++)
            {
                var (expected, actual) = (named[entry], mirror[entry]);
                Assert.Equal((expected.Id, expected.Date, expected.DestinationId, expected.Role, expected.Founder, expected.Status, expected.UpdatedAt),
                    (actual.Id, actual.Date, actual.DestinationId, actual.Role, actual.Founder, actual.Status, actual.UpdatedAt));
            }
        }, iter: 5_000);

    [Fact]
    public void The_first_overlapping_departure_in_arrival_order_takes_the_report()
    {
        var index = new DepartureMergeIndex();
        index.Add(7, 1, Facts(1, "2025"));
        index.Add(7, 1, Facts(2, "2025-03"));
        index.Add(7, 2, Facts(3, "2025-03"));

        Assert.Equal(1, index[index.FindMatch(Report(7, 1, "2025-03-02"))].Id);
        Assert.Equal(3, index[index.FindMatch(Report(7, 2, "2025-03-02"))].Id);
        Assert.Equal(-1, index.FindMatch(Report(7, 1, "2024")));
        Assert.Equal(-1, index.FindMatch(Report(8, 1, "2025")));
        Assert.Equal(-1, index.FindMatch(new DepartureReport(null, 1, null, PrecisionDate.Parse("2025"), null, null)));
    }

    [Fact]
    public void A_merge_names_only_what_it_fills_in_or_makes_more_precise()
    {
        var index = new DepartureMergeIndex();
        index.Add(7, 1, DepartureMergeFacts.Of(5, DatePrecision.Year, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), hasDestination: true, " ", founder: null, DepartureStatus.Accepted));

        var change = index.Merge(0, new DepartureReport(7, 1, 12, PrecisionDate.Parse("2025-03"), "CTO", true), confirm: true);

        Assert.Equal(new DepartureMergeChange(PrecisionDate.Parse("2025-03"), null, "CTO", true, Accepted: false), change);
        Assert.Equal(DatePrecision.Month, index[0].Precision);
        Assert.True(index[0].HasRole);
        Assert.False(index.Merge(0, new DepartureReport(7, 1, 12, PrecisionDate.Parse("2025"), "CEO", false), confirm: true).ChangesAnything);
    }

    [Fact]
    public void The_facts_of_a_departure_take_sixteen_bytes() =>
        Assert.Equal(16, System.Runtime.CompilerServices.Unsafe.SizeOf<DepartureMergeFacts>());

    /// <summary>The SPEC's merge rule on a departure object: a more precise date, and what it lacks of destination, role (not
    /// blank) and founder flag.</summary>
    private static bool OracleMerge(Departure departure, DepartureReport report)
    {
        var changed = false;
        if (report.Date.Precision > departure.Date.Precision)
        {
            departure.Date = report.Date;
            changed = true;
        }

        if (departure.DestinationId is null && report.DestinationId is not null)
        {
            departure.DestinationId = report.DestinationId;
            changed = true;
        }

        if (string.IsNullOrWhiteSpace(departure.Role) && !string.IsNullOrWhiteSpace(report.Role))
        {
            departure.Role = report.Role;
            changed = true;
        }

        if (departure.Founder is null && report.Founder is not null)
        {
            departure.Founder = report.Founder;
            changed = true;
        }

        if (changed)
        {
            departure.UpdatedAt = Now;
        }

        return changed;
    }

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static DepartureMergeFacts Facts(int id, string date)
    {
        var departure = DepartureMerger.Create(Report(7, 1, date), DepartureStatus.Accepted, Now);
        departure.Id = id;
        return DepartureMergeFacts.Of(departure);
    }

    private static DepartureReport Report(int person, int company, string date) => new(person, company, null, PrecisionDate.Parse(date), null, null);

    private static Departure Copy(Departure departure) => new()
    {
        Id = departure.Id,
        PersonId = departure.PersonId,
        CompanyId = departure.CompanyId,
        DestinationId = departure.DestinationId,
        Date = departure.Date,
        Role = departure.Role,
        Founder = departure.Founder,
        Status = departure.Status,
        CreatedAt = departure.CreatedAt,
        UpdatedAt = departure.UpdatedAt,
    };
}
