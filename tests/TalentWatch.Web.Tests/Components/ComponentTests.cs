using Bunit;
using TalentWatch.Web.Features.Articles;
using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Features.Dashboard;
using TalentWatch.Web.Features.Departures;
using TalentWatch.Web.Features.Shared;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Components;

public sealed class ComponentTests : WebTestContext
{
    [Fact]
    public void Destination_filter_links_carry_the_employer_slug_and_mark_the_active_one()
    {
        var chips = new List<DestinationChip> { new("Meta", "meta", 2), new("OpenAI", "openai", 1), new("Unknown", null, 1) };

        var cut = Render<DestinationFilter>(p => p.Add(c => c.Chips, chips).Add(c => c.Selected, "meta").Add(c => c.BaseHref, "/companies/tml"));

        var links = cut.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/companies/tml?to=meta", links);
        Assert.Contains("/companies/tml?to=openai", links);
        Assert.Contains("/companies/tml", links);
        var active = cut.FindAll("[aria-current=true]");
        Assert.Single(active);
        Assert.Contains("Meta", active[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_shows_date_at_precision_person_link_founder_badge_destination_and_evidence()
    {
        var groups = new CompanyTimeline(Rows.Company("TML", 12,
            Rows.Departure("Andrew Tulloch", "TML", "Meta", "2025-10", founder: true, role: "co-founder"))).Groups();

        var cut = Render<DepartureTimeline>(p => p.Add(c => c.Groups, groups));

        var item = cut.Find("[data-testid=departure]");
        Assert.Contains("Oct 2025", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Founder", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("“Andrew Tulloch left TML.”", item.TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("a[href='/people/andrew-tulloch']"));
        Assert.NotNull(cut.Find("a[href='/companies/meta']"));
    }

    [Fact]
    public void Timeline_rows_keep_the_markup_of_the_MudBlazor_timeline_chips_and_links_they_replace()
    {
        var groups = new CompanyTimeline(Rows.Company("TML", 12,
            Rows.Departure("Andrew Tulloch", "TML", "Meta", "2025-10", founder: true),
            Rows.Departure(null, "TML", null, "2025-09"))).Groups();

        var cut = Render<DepartureTimeline>(p => p.Add(c => c.Groups, groups));

        var items = cut.FindAll(".mud-timeline.tw-timeline > .mud-timeline-item");
        Assert.Equal(2, items.Count);
        Assert.NotNull(items[0].QuerySelector(".mud-timeline-item-divider .mud-timeline-item-dot-inner.mud-timeline-dot-secondary"));
        Assert.NotNull(items[1].QuerySelector(".mud-timeline-item-dot-inner.mud-timeline-dot-primary"));
        Assert.Equal("Founder", items[0].QuerySelector(".mud-chip.mud-chip-outlined.mud-chip-color-secondary")?.TextContent);
        Assert.Equal("Meta", items[0].QuerySelector("a.mud-chip.mud-chip-filled.mud-chip-color-primary[href='/companies/meta']")?.TextContent);
        Assert.Contains("mud-link", items[0].QuerySelector("a[href='/people/andrew-tulloch']")?.ClassName, StringComparison.Ordinal);
        Assert.Equal("destination unknown", items[1].QuerySelector(".mud-chip.mud-chip-outlined.mud-chip-color-default")?.TextContent);
        Assert.Contains("Unnamed", items[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_rows_keep_the_markup_of_the_MudBlazor_links_and_chips_they_replace()
    {
        var rows = new[]
        {
            Rows.Departure("Andrew Tulloch", "TML", "Meta", "2025-10", founder: true),
            Rows.Departure(null, "TML", null, "2025-09"),
            Rows.Departure("Sam Same", "TML", "TML", "2025-08"),
        };

        var cut = Render<DepartureTable>(p => p.Add(c => c.Rows, rows).Add(c => c.Filter, DepartureFilter.None).Add(c => c.SortHref, _ => "/departures"));

        var trs = cut.FindAll("tr[data-testid=departure-row]");
        Assert.Equal(3, trs.Count);
        Assert.Equal(DepartureTimeline.Link, trs[0].QuerySelector("a[href='/people/andrew-tulloch']")?.ClassName);
        Assert.Equal(DepartureTimeline.Link, trs[0].QuerySelector("a[href='/companies/tml']")?.ClassName);
        Assert.Equal(DepartureTimeline.Link, trs[0].QuerySelector("a[href='/companies/meta']")?.ClassName);
        Assert.Equal("Founder", trs[0].QuerySelector(".mud-chip-container > .mud-chip.mud-chip-outlined.mud-chip-size-small.mud-chip-color-secondary")?.TextContent);
        Assert.Contains("mud-typography-body2", trs[0].QuerySelector("a[href='/articles/1']")?.ClassName, StringComparison.Ordinal);
        Assert.Contains("Unnamed", trs[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("unknown", trs[1].QuerySelector("td[data-label=For]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(trs[2].QuerySelector("[data-testid=same-company]"));
    }

    [Fact]
    public void Destination_chips_keep_the_markup_of_MudBlazor_link_chips()
    {
        var chips = new List<DestinationChip> { new("Meta", "meta", 2), new("OpenAI", "openai", 1) };

        var cut = Render<DestinationFilter>(p => p.Add(c => c.Chips, chips).Add(c => c.Selected, "meta").Add(c => c.BaseHref, "/companies/tml"));

        var active = cut.Find(".mud-chip-container > a.mud-chip.mud-chip-filled.mud-chip-color-primary.mud-clickable[aria-current=true]");
        Assert.Equal("/companies/tml?to=meta", active.GetAttribute("href"));
        Assert.Equal("Meta (2)", active.TextContent.Trim());
        Assert.Equal(2, cut.FindAll(".mud-chip-container > a.mud-chip.mud-chip-outlined.mud-chip-color-default.mud-clickable").Count); // All, OpenAI
    }

    [Fact]
    public void Empty_timeline_tells_what_to_do()
    {
        var cut = Render<DepartureTimeline>(p => p.Add(c => c.Groups, []));

        Assert.Contains("clear the filter", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Company_charts_feed_the_cumulative_attrition_and_destination_data()
    {
        var timeline = new CompanyTimeline(Rows.Company("TML", 4,
            Rows.Departure("A", "TML", "Meta", "2025-11", founder: true),
            Rows.Departure("B", "TML", "Meta", "2026-02", founder: true),
            Rows.Departure("C", "TML", null, "2026-02")));

        var cut = Render<CompanyCharts>(p => p.Add(c => c.Timeline, timeline));

        Assert.Equal([0.25, 0.5], cut.Instance.AttritionPoints.Select(p => p.Share));
        Assert.Equal(["Meta", "Unknown"], cut.Instance.DonutLabels);
        Assert.Empty(cut.FindAll("[data-testid=attrition-empty]"));
    }

    [Fact]
    public void Attrition_chart_shows_every_nth_quarter_label_when_there_are_many_quarters()
    {
        // Founders leaving from 2019-Q1 to 2026-Q2: 30 quarters, far more labels than the axis has room for.
        var timeline = new CompanyTimeline(Rows.Company("Bigco", 40,
            [.. Enumerable.Range(0, 30).Select(i => Rows.Departure($"Founder {i}", "Bigco", "Meta",
                new DateOnly(2019, 2, 1).AddMonths(3 * i).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), founder: true))]));

        var cut = Render<CompanyCharts>(p => p.Add(c => c.Timeline, timeline));

        var labels = cut.Instance.AttritionLabels;
        Assert.Equal(30, labels.Length); // one label slot per point
        var shown = labels.Where(l => l.Length > 0).ToList();
        Assert.Equal(["2019-Q1", "2020-Q1", "2021-Q1", "2022-Q1", "2023-Q1", "2024-Q1", "2025-Q1", "2026-Q1"], shown);
        var axisText = cut.FindAll("svg text").Select(t => t.TextContent.Trim()).ToList();
        Assert.Contains("2019-Q1", axisText);
        Assert.DoesNotContain("2019-Q2", axisText);
    }

    [Theory]
    [InlineData(5, 8, 5)]
    [InlineData(8, 8, 8)]
    [InlineData(9, 8, 5)]
    [InlineData(40, 8, 8)]
    [InlineData(41, 8, 7)]
    public void Thinned_labels_keep_the_first_and_at_most_the_maximum(int count, int max, int expectedShown)
    {
        var labels = ChartTicks.Thin([.. Enumerable.Range(0, count).Select(i => $"Q{i}")], max);

        Assert.Equal(count, labels.Length);
        Assert.Equal("Q0", labels[0]);
        Assert.Equal(expectedShown, labels.Count(l => l.Length > 0));
    }

    [Fact]
    public void Company_charts_explain_a_missing_attrition_chart()
    {
        var timeline = new CompanyTimeline(Rows.Company("Meta", null, Rows.Departure("A", "Meta", null, "2026-01")));

        var cut = Render<CompanyCharts>(p => p.Add(c => c.Timeline, timeline));

        Assert.Contains("founding-team size is not recorded", cut.Find("[data-testid=attrition-empty]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Stacked_chart_series_match_the_quarter_stack()
    {
        var stack = DashboardQuery.Stack(
            [new(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), "Meta"), new(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "Meta"),
             new(new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31), "OpenAI"), new(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30), null),
             new(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), "Meta")],
            [new TalentWatch.Core.Dates.Quarter(2025, 4), new TalentWatch.Core.Dates.Quarter(2026, 1)]);

        var cut = Render<QuarterStackChart>(p => p.Add(c => c.Stack, stack));

        Assert.Equal(["Meta", "OpenAI", "Unknown"], cut.Instance.Series.Select(s => s.Name));
        Assert.Equal([0d, 2d], cut.Instance.Series[0].Data.Values);
        Assert.Equal([1d, 0d], cut.Instance.Series[1].Data.Values);
    }

    [Fact]
    public void Flow_chart_bands_link_to_the_explorer_filtered_to_their_flow_and_labels_sit_outside_the_bands()
    {
        FlowEdge[] flow = [new("OpenAI", "Meta", 3) { CompanySlug = "openai", DestinationSlug = "meta" }, new("TML", "OpenAI", 2) { CompanySlug = "tml", DestinationSlug = "openai" }];

        var cut = Render<FlowChart>(p => p
            .Add(c => c.Flow, flow)
            .Add(c => c.FilterHref, e => $"/departures?from={e.CompanySlug}&to={e.DestinationSlug}"));

        var bands = cut.FindAll("[data-testid=flow-band]");
        Assert.Equal(["/departures?from=openai&to=meta", "/departures?from=tml&to=openai"], bands.Select(b => b.GetAttribute("href")));
        Assert.Equal("OpenAI → Meta: 3 departures", bands[0].GetAttribute("aria-label"));
        var labels = cut.FindAll("text.tw-flow-label");
        Assert.Equal(4, labels.Count);
        Assert.All(labels, l =>
        {
            var x = double.Parse(l.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(x < FlowLayout.LeftX || x > FlowLayout.RightX + FlowLayout.NodeWidth, $"label at x={x} is between the node columns");
        });
    }

    [Fact]
    public void Flow_chart_without_data_says_so()
    {
        var cut = Render<FlowChart>(p => p.Add(c => c.Flow, []));

        Assert.Contains("No flow", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_text_is_text_and_evidence_is_marked_and_linked()
    {
        const string text = "<b>Intro</b>. Andrew left for Meta. The end.";
        var evidence = new List<Evidence> { new(text.IndexOf("Andrew", StringComparison.Ordinal), "Andrew left for Meta.".Length, "Andrew left TML", "/people/andrew") };

        var cut = Render<ArticleText>(p => p.Add(c => c.Text, text).Add(c => c.Evidence, evidence));

        Assert.Empty(cut.FindAll("b"));
        Assert.Contains("&lt;b&gt;Intro&lt;/b&gt;", cut.Markup, StringComparison.Ordinal);
        var link = cut.Find("a.tw-evidence");
        Assert.Equal("/people/andrew", link.GetAttribute("href"));
        Assert.Equal("Andrew left for Meta.", link.TextContent);
    }

    [Fact]
    public void Empty_state_shows_title_text_and_next_step()
    {
        var cut = Render<EmptyState>(p => p.Add(c => c.Title, "No departures").Add(c => c.Text, "Import a CSV first."));

        Assert.Contains("No departures", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Import a CSV first.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Pager_links_previous_and_next_pages()
    {
        var cut = Render<Pager>(p => p.Add(c => c.Page, 2).Add(c => c.PageCount, 3).Add(c => c.HrefFor, n => $"/x?page={n}"));

        var hrefs = cut.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/x?page=1", "/x?page=3"], hrefs);
        Assert.Contains("Page 2 of 3", cut.Markup, StringComparison.Ordinal);
    }
}
