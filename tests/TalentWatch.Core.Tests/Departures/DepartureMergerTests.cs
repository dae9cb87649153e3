using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;

namespace TalentWatch.Core.Tests.Departures;

public class DepartureMergerTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Runs reports through the merge rule in arrival order, as an import does.</summary>
    private static List<Departure> MergeAll(params DepartureReport[] reports)
    {
        var departures = new List<Departure>();
        foreach (var report in reports)
        {
            if (DepartureMerger.FindMatch(departures, report) is { } match)
            {
                DepartureMerger.Merge(match, report, Now);
                match.Sources.Add(new DepartureSource { Evidence = "merged" });
            }
            else
            {
                var created = DepartureMerger.Create(report, DepartureStatus.Accepted, Now);
                created.Sources.Add(new DepartureSource { Evidence = "first" });
                departures.Add(created);
            }
        }

        return departures;
    }

    private static DepartureReport Report(int? person, string date, int company = 1, int? destination = null, string? role = null, bool? founder = null) =>
        new(person, company, destination, PrecisionDate.Parse(date), role, founder);

    [Fact]
    public void Day_and_month_reports_of_one_departure_merge_keeping_the_day()
    {
        var merged = MergeAll(Report(7, "2026-01"), Report(7, "2026-01-15"));

        var departure = Assert.Single(merged);
        Assert.Equal("2026-01-15", departure.Date.ToString());
        Assert.Equal(2, departure.Sources.Count);
    }

    [Fact]
    public void A_less_precise_later_report_keeps_the_more_precise_date()
    {
        var departure = Assert.Single(MergeAll(Report(7, "2026-01-15"), Report(7, "2026")));

        Assert.Equal(DatePrecision.Day, departure.Date.Precision);
        Assert.Equal(2, departure.Sources.Count);
    }

    [Fact]
    public void A_boomerang_is_two_departures_and_later_reports_go_to_the_right_one()
    {
        var merged = MergeAll(Report(7, "2023-03-01"), Report(7, "2025-06-10"), Report(7, "2025-06"), Report(7, "2023-Q1"));

        Assert.Equal(2, merged.Count);
        Assert.Equal("2023-03-01", merged[0].Date.ToString());
        Assert.Equal(2, merged[0].Sources.Count);
        Assert.Equal("2025-06-10", merged[1].Date.ToString());
        Assert.Equal(2, merged[1].Sources.Count);
    }

    [Fact]
    public void An_unknown_date_merges_with_the_first_departure_that_arrived()
    {
        var merged = MergeAll(Report(7, "2023-03-01"), Report(7, "2025-06-10"), Report(7, ""));

        Assert.Equal(2, merged[0].Sources.Count);
        Assert.Single(merged[1].Sources);
    }

    [Fact]
    public void Year_only_report_merges_with_a_departure_inside_that_year()
    {
        var merged = MergeAll(Report(7, "2025"), Report(7, "2025-Q2"));

        Assert.Equal("2025-Q2", Assert.Single(merged).Date.ToString());
    }

    [Fact]
    public void Unnamed_departures_never_merge()
    {
        var merged = MergeAll(Report(null, "2026-01-15", founder: true), Report(null, "2026-01-15", founder: true));

        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void Different_people_or_companies_do_not_merge()
    {
        Assert.Equal(2, MergeAll(Report(7, "2026-01"), Report(8, "2026-01")).Count);
        Assert.Equal(2, MergeAll(Report(7, "2026-01", company: 1), Report(7, "2026-01", company: 2)).Count);
    }

    [Fact]
    public void Missing_fields_are_filled_but_known_ones_are_kept()
    {
        var departure = Assert.Single(MergeAll(
            Report(7, "2026-01", destination: null, role: null, founder: null),
            Report(7, "2026-01-02", destination: 5, role: "CTO", founder: true),
            Report(7, "2026-01", destination: 6, role: "Engineer", founder: false)));

        Assert.Equal(5, departure.DestinationId);
        Assert.Equal("CTO", departure.Role);
        Assert.True(departure.Founder);
        Assert.Equal(3, departure.Sources.Count);
    }
}
