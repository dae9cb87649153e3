using Bunit;
using TalentWatch.Core.Dates;
using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Features.Departures;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Components;

public sealed class FilterTests : WebTestContext
{
    [Fact]
    public async Task Quarter_filter_passes_a_valid_quarter_and_resets_the_page()
    {
        DepartureFilter? changed = null;
        var cut = Render<DepartureFilters>(p => p
            .Add(c => c.Filter, DepartureFilter.None with { To = "meta", Page = 3 })
            .Add(c => c.OnChange, (DepartureFilter f) => changed = f));

        await cut.Find("input[data-testid=filter-quarter]").ChangeAsync("2026-q1");

        Assert.NotNull(changed);
        Assert.Equal(new Quarter(2026, 1), changed.Quarter);
        Assert.Equal("meta", changed.To);
        Assert.Equal(1, changed.Page);
    }

    [Fact]
    public async Task Quarter_filter_explains_a_bad_quarter_and_keeps_the_filter()
    {
        DepartureFilter? changed = null;
        var cut = Render<DepartureFilters>(p => p
            .Add(c => c.Filter, DepartureFilter.None)
            .Add(c => c.OnChange, (DepartureFilter f) => changed = f));

        await cut.Find("input[data-testid=filter-quarter]").ChangeAsync("Q1 2026");

        Assert.Null(changed);
        Assert.Contains("Use YYYY-Qn", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Founders_only_checkbox_sets_the_founder_filter()
    {
        DepartureFilter? changed = null;
        var cut = Render<DepartureFilters>(p => p
            .Add(c => c.Filter, DepartureFilter.None)
            .Add(c => c.OnChange, (DepartureFilter f) => changed = f));

        await cut.Find("input[data-testid=filter-founder]").ChangeAsync(true);

        Assert.True(changed?.FoundersOnly);
    }

    [Theory]
    [InlineData(null, CompanySort.Departures, true, 1, "/companies?sort=departures&dir=desc")]
    [InlineData("ai lab", CompanySort.Name, false, 2, "/companies?q=ai%20lab&sort=name&dir=asc&page=2")]
    public void Companies_grid_state_lives_in_the_address(string? search, CompanySort sort, bool descending, int page, string expected) =>
        Assert.Equal(expected, CompaniesPage.Href(search, sort, descending, page));
}
