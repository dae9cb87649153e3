using Bunit;
using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Features.Dashboard;
using TalentWatch.Web.Features.Departures;
using TalentWatch.Web.Features.Shared;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Components;

/// <summary>
/// Issue 13, phones: every chart has a BarList beside it (shown when its column is narrower than the chart can be read at), one row per quarter, company or flow,
/// with its value as text, so nothing is drawn in an SVG scaled down to a few pixels. What it shows is checked here; that
/// it is the one shown at 390 px is checked by the browser test <c>PhoneChartBrowserTests</c>.
/// </summary>
public sealed class PhoneChartTests : WebTestContext
{
    [Fact]
    public void The_quarter_stack_on_a_phone_is_one_row_per_quarter_with_its_total_and_a_segment_per_employer()
    {
        var stack = DashboardQuery.Stack(
            [new(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), "Meta"), new(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "Meta"),
             new(new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31), "OpenAI"), new(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30), null)],
            [new TalentWatch.Core.Dates.Quarter(2025, 4), new TalentWatch.Core.Dates.Quarter(2026, 1)]);

        var cut = Render<QuarterStackChart>(p => p.Add(c => c.Stack, stack));

        var rows = cut.FindAll("[data-testid=quarter-bars] [data-testid=bar-row]");
        Assert.Equal(["2025-Q4 2", "2026-Q1 2"], rows.Select(r => $"{r.QuerySelector(".tw-bar-label")!.TextContent} {r.QuerySelector(".tw-bar-value")!.TextContent}"));
        Assert.Equal(["width:50%", "width:50%"], rows[0].QuerySelectorAll(".tw-bar-segment").Select(s => s.GetAttribute("style")!.Split(';')[0]));
        Assert.Equal(["width:100%"], rows[1].QuerySelectorAll(".tw-bar-segment").Select(s => s.GetAttribute("style")!.Split(';')[0]));
        Assert.Equal(["Meta", "OpenAI", "Unknown"], cut.FindAll(".tw-bars-legend li").Select(l => l.TextContent));
        Assert.Contains("tw-chart-narrow", cut.Find("[data-testid=quarter-bars]").ClassName, StringComparison.Ordinal);
        Assert.Contains("tw-chart-wide", cut.Find(".mud-chart").ParentElement!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Attrition_on_a_phone_lists_the_quarters_in_which_it_changed_and_the_last()
    {
        var timeline = new CompanyTimeline(Rows.Company("Bigco", 4,
            Rows.Departure("A", "Bigco", "Meta", "2025-02", founder: true),
            Rows.Departure("B", "Bigco", "Meta", "2025-11", founder: true)));

        var cut = Render<CompanyCharts>(p => p.Add(c => c.Timeline, timeline));

        Assert.Equal(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"], cut.Instance.AttritionPoints.Select(p => p.Quarter));
        Assert.Equal([("2025-Q1", "25%"), ("2025-Q4", "50%")], cut.Instance.AttritionRows.Select(r => (r.Label, r.ValueText)));
    }

    [Fact]
    public void Flows_on_a_phone_are_rows_linking_to_the_explorer_filtered_to_them()
    {
        FlowEdge[] flow = [new("OpenAI", "Meta", 3) { CompanySlug = "openai", DestinationSlug = "meta" }, new("TML", "OpenAI", 2) { CompanySlug = "tml", DestinationSlug = "openai" }];

        var cut = Render<FlowChart>(p => p
            .Add(c => c.Flow, flow)
            .Add(c => c.FilterHref, e => $"/departures?from={e.CompanySlug}&to={e.DestinationSlug}"));

        var links = cut.FindAll("[data-testid=flow-bars] .tw-bar-label a");
        Assert.Equal(["OpenAI → Meta", "TML → OpenAI"], links.Select(a => a.TextContent));
        Assert.Equal(["/departures?from=openai&to=meta", "/departures?from=tml&to=openai"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["3", "2"], cut.FindAll("[data-testid=flow-bars] .tw-bar-value").Select(v => v.TextContent));
    }
}
