using TalentWatch.Web.Features.Articles;
using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Features.Departures;
using TalentWatch.Web.Features.People;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Components;

public sealed class LogicTests
{
    [Fact]
    public void Departure_filter_round_trips_through_the_query_string()
    {
        Assert.True(DepartureFilter.TryParse("tml", "meta", "2026-q1", "true", "co-founder", "2", out var filter, out _));

        Assert.Equal("?from=tml&to=meta&quarter=2026-Q1&founder=true&q=co-founder&page=2", filter.ToQueryString());
        Assert.Equal("?from=tml&to=meta&quarter=2026-Q1&founder=true&q=co-founder", filter.ToQueryString(1));
    }

    [Theory]
    [InlineData("2026-Q5", null, null, "quarter")]
    [InlineData(null, "sometimes", null, "founder")]
    [InlineData(null, null, "0", "page")]
    public void Departure_filter_names_the_bad_value(string? quarter, string? founder, string? page, string name)
    {
        Assert.False(DepartureFilter.TryParse(null, null, quarter, founder, null, page, out _, out var error));
        Assert.StartsWith(name, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Boomerang_is_a_return_to_a_company_left_before()
    {
        var moves = PersonQuery.Moves(
        [
            Rows.Departure("Luke Metz", "Thinking Machines Lab", "OpenAI", "2026-01"),
            Rows.Departure("Luke Metz", "OpenAI", "Thinking Machines Lab", "2025-02"),
        ]);

        Assert.Equal(["OpenAI", "Thinking Machines Lab"], moves.Select(m => m.Departure.Company));
        Assert.Equal([false, true], moves.Select(m => m.IsReturn));
    }

    [Fact]
    public void Highlighter_skips_overlapping_evidence()
    {
        var segments = ArticleHighlighter.Segments("abcdefghij", [new Evidence(2, 4, "x", "/x"), new Evidence(3, 2, "y", "/y"), new Evidence(8, 2, "z", "/z")]);

        Assert.Equal(["ab", "cdef", "gh", "ij"], segments.Select(s => s.Text));
        Assert.Equal([null, "/x", null, "/z"], segments.Select(s => s.Evidence?.Href));
    }

    [Fact]
    public void Evidence_is_located_by_offsets_or_by_text()
    {
        Assert.Equal((4, 3), ArticleQueries.Locate("abc def ghi", 4, 3, null));
        Assert.Equal((8, 3), ArticleQueries.Locate("abc def ghi", null, null, "ghi"));
        Assert.Null(ArticleQueries.Locate("abc", 2, 10, "zzz"));
    }

    [Fact]
    public void Claim_is_shown_next_to_the_recorded_figure()
    {
        var claim = new ClaimRow("founding_team_departed_share", 0.3333m, "a third", 1, "t");

        Assert.Equal("article: 33.3% of the founding team; recorded: 4 of 12, 33.3%", ClaimText.Reconcile(claim, 4, 12, 9));
    }
}
