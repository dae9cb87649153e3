using TalentWatch.Core.Dates;
using TalentWatch.Core.Reports;

namespace TalentWatch.Core.Tests.Reports;

public class QuarterSummaryCalculatorTests
{
    private static readonly Quarter Q1 = Quarter.Parse("2026-Q1");
    private int nextId = 1;

    private SummaryDeparture D(int company, string date, int? person = null, string? destination = null, bool founder = false)
    {
        var interval = PrecisionDate.Parse(date).Interval;
        return new SummaryDeparture(nextId++, person, company, destination is null ? null : destination.Length, destination, interval?.Start, interval?.End, founder);
    }

    private static readonly Dictionary<int, SummaryCompany> Companies = new()
    {
        [1] = new SummaryCompany(1, "Veritas AI", 12),
        [2] = new SummaryCompany(2, "Aurora Labs", null),
        [3] = new SummaryCompany(3, "Beacon", 3),
    };

    private static QuarterSummary Compute(IEnumerable<SummaryDeparture> departures, params SummaryHeadcount[] headcounts) =>
        QuarterSummaryCalculator.Compute(Q1, departures, Companies, headcounts);

    [Fact]
    public void In_the_quarter_means_the_interval_lies_within_it()
    {
        var summary = Compute([D(1, "2026-01-01"), D(1, "2026-03-31"), D(1, "2026-02"), D(1, "2026-Q1"), D(1, "2025-12-31"), D(1, "2026-04-01")]);

        Assert.Equal(4, summary.TotalDepartures);
        Assert.Equal(0, summary.UnplacedDepartures);
        Assert.Equal(4, Assert.Single(summary.Companies).Departures);
    }

    [Fact]
    public void Year_only_dates_are_unplaced_and_unknown_dates_are_neither()
    {
        var summary = Compute([D(1, "2026"), D(1, "2026"), D(1, ""), D(1, "2025"), D(1, "2026-02-02")]);

        Assert.Equal(1, summary.TotalDepartures);
        Assert.Equal(2, summary.UnplacedDepartures);
    }

    [Fact]
    public void Founders_departed_to_date_counts_distinct_named_founders_and_each_unnamed_one()
    {
        var summary = Compute([
            D(1, "2026-02-01", person: 10, founder: true),
            D(1, "2024-05", person: 10, founder: true), // the same founder, earlier (a boomerang): counted once
            D(1, "2025", person: 11, founder: true), // ended before the quarter's end
            D(1, "2026", person: 12, founder: true), // ends after the quarter: not yet
            D(1, "", person: 13, founder: true), // unknown date: never "ended"
            D(1, "2025-03-03", founder: true), // unnamed founders: one each
            D(1, "2025-03-03", founder: true),
            D(2, "2025-01-01", person: 14, founder: true), // another company
        ]);

        var veritas = Assert.Single(summary.Companies);
        Assert.Equal(1, veritas.FounderDepartures);
        Assert.Equal(4, veritas.FoundersDepartedToDate);
        Assert.Equal(0.3333m, veritas.FoundingTeamAttrition);
    }

    [Fact]
    public void Attrition_is_rounded_half_away_from_zero_to_four_decimals()
    {
        Assert.Equal(0.6667m, QuarterSummaryCalculator.Ratio(2, 3));
        Assert.Equal(0.1667m, QuarterSummaryCalculator.Ratio(1, 6));
        Assert.Equal(0.4167m, QuarterSummaryCalculator.Ratio(5, 12));
        Assert.Equal(0.0001m, QuarterSummaryCalculator.Ratio(1, 19999));
        Assert.Equal(0.0001m, QuarterSummaryCalculator.Ratio(1, 16000)); // 0.0000625 rounds up
        Assert.Equal(0.0001m, QuarterSummaryCalculator.Ratio(1, 20000)); // 0.00005: the midpoint goes away from zero, not to even
        Assert.Equal(0.0003m, QuarterSummaryCalculator.Ratio(5, 20000)); // 0.00025: to even would give 0.0002
        Assert.Null(QuarterSummaryCalculator.Ratio(3, null));
        Assert.Null(QuarterSummaryCalculator.Ratio(3, 0));
        Assert.Equal("0.021", QuarterSummaryCalculator.Ratio(24, 1144)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("1", QuarterSummaryCalculator.Ratio(5, 5)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_company_without_founding_team_size_has_null_attrition()
    {
        var aurora = Assert.Single(Compute([D(2, "2026-01-05", person: 1, founder: true)]).Companies);

        Assert.Null(aurora.FoundingTeamSize);
        Assert.Equal(1, aurora.FoundersDepartedToDate);
        Assert.Null(aurora.FoundingTeamAttrition);
    }

    [Fact]
    public void Headcount_at_start_is_the_latest_snapshot_on_or_before_the_start()
    {
        var summary = Compute(
            [D(1, "2026-01-05"), D(1, "2026-01-06"), D(2, "2026-02-01"), D(3, "2026-02-01")],
            new SummaryHeadcount(1, new DateOnly(2025, 6, 1), 40),
            new SummaryHeadcount(1, new DateOnly(2026, 1, 1), 54),
            new SummaryHeadcount(1, new DateOnly(2026, 1, 2), 99),
            new SummaryHeadcount(3, new DateOnly(2026, 2, 1), 10));

        var veritas = summary.Companies.Single(c => c.Company == "Veritas AI");
        Assert.Equal(54, veritas.HeadcountAtStart);
        Assert.Equal(0.037m, veritas.AttritionRate);

        var beacon = summary.Companies.Single(c => c.Company == "Beacon");
        Assert.Null(beacon.HeadcountAtStart); // only a snapshot after the start: missing
        Assert.Null(beacon.AttritionRate);
    }

    [Fact]
    public void Companies_order_by_departures_descending_then_name()
    {
        var summary = Compute([D(3, "2026-01-05"), D(2, "2026-01-05"), D(1, "2026-01-05"), D(1, "2026-01-06")]);

        Assert.Equal(["Veritas AI", "Aurora Labs", "Beacon"], summary.Companies.Select(c => c.Company));
    }

    [Fact]
    public void Destinations_order_by_count_then_name_with_unknown_last()
    {
        var summary = Compute([
            D(1, "2026-01-05", destination: "Meta"), D(1, "2026-01-05", destination: "Meta"),
            D(1, "2026-01-05", destination: "Zeta"), D(1, "2026-01-05", destination: "Anthem"),
            D(1, "2026-01-05"), D(2, "2026-01-05", destination: "Zeta"), D(2, "2026-01-05", destination: "Zeta"),
            D(1, "2026", destination: "Omega"), // unplaced: not a destination of the quarter
        ]);

        var veritas = summary.Companies.Single(c => c.Company == "Veritas AI");
        Assert.Equal([("Meta", 2), ("Anthem", 1), ("Zeta", 1), (null, 1)], veritas.Destinations.Select(d => (d.Employer, d.Departures)));
        Assert.Equal([("Zeta", 3), ("Meta", 2), ("Anthem", 1)], summary.Destinations.Select(d => (d.Employer!, d.Departures)));
    }

    [Fact]
    public void Unknown_destination_sorts_after_named_ones_of_the_same_count_only()
    {
        var summary = Compute([D(1, "2026-01-05"), D(1, "2026-01-05"), D(1, "2026-01-05", destination: "Meta")]);

        Assert.Equal([null, "Meta"], Assert.Single(summary.Companies).Destinations.Select(d => d.Employer));
    }

    [Fact]
    public void The_quarter_and_its_bounds_are_reported()
    {
        var summary = Compute([]);

        Assert.Equal("2026-Q1", summary.Quarter);
        Assert.Equal(new DateOnly(2026, 1, 1), summary.From);
        Assert.Equal(new DateOnly(2026, 3, 31), summary.To);
        Assert.Empty(summary.Companies);
        Assert.Empty(summary.Destinations);
    }

    [Fact]
    public void One_company_filter_counts_only_that_company()
    {
        var summary = QuarterSummaryCalculator.Compute(Q1, [D(1, "2026-01-05", destination: "Meta"), D(2, "2026-01-05", destination: "Meta"), D(2, "2026")], Companies, [], onlyCompanyId: 2);

        Assert.Equal(1, summary.TotalDepartures);
        Assert.Equal(1, summary.UnplacedDepartures);
        Assert.Equal("Aurora Labs", Assert.Single(summary.Companies).Company);
        Assert.Equal(1, Assert.Single(summary.Destinations).Departures);
    }
}
