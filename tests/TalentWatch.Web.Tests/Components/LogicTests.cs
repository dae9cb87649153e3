using TalentWatch.Web.Features.Articles;
using TalentWatch.Web.Features.Companies;
using TalentWatch.Web.Features.Departures;
using TalentWatch.Web.Features.People;
using TalentWatch.Web.Features.Shared;
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

    [Fact]
    public void Without_a_team_size_the_claim_says_so_in_words()
    {
        var claim = new ClaimRow("founding_team_departed_share", 0.3333m, "a third", 1, "t");

        Assert.Equal("article: 33.3% of the founding team; TalentWatch has no founding-team size to compare with (0 founder departures recorded)", ClaimText.Reconcile(claim, 0, null, 1));
    }

    [Fact]
    public void Company_facts_list_what_is_known_and_name_what_is_not_in_one_sentence()
    {
        var unknown = new CompanyFacts(1, "Thinking Machines Lab", "thinking-machines-lab", null, null, [], null, null);
        var partly = unknown with { Founded = new DateOnly(2025, 2, 18), FoundingTeamSize = 12, Aliases = ["TML"] };
        var known = partly with { Headcount = 1204, HeadcountAsOf = new DateOnly(2026, 1, 1) };

        Assert.Equal("Not recorded yet: founding date, founding-team size and headcount.", CompanyFactsText.For(unknown));
        Assert.Equal("Founded 2025 · founding team of 12 · also known as TML. Not recorded yet: headcount.", CompanyFactsText.For(partly));
        Assert.Equal("Founded 2025 · founding team of 12 · headcount 1,204 (as of 1 Jan 2026) · also known as TML.", CompanyFactsText.For(known));
    }

    [Fact]
    public void A_csv_row_source_reads_as_file_and_line_an_article_as_outlet_and_headline()
    {
        var csv = new SourceRow(null, null, null, "https://news.example/9", "departures.csv:651");
        var article = new SourceRow(3, "Barret Zoph returns to OpenAI", "Tech Daily", "https://example.org/a", "Barret Zoph left.");

        Assert.Equal("departures.csv, line 651 (news.example)", SourceText.Describe(csv));
        Assert.Equal("Recorded from a data import: departures.csv, line 651.", SourceText.ImportSentence(csv));
        Assert.Equal("Tech Daily: Barret Zoph returns to OpenAI", SourceText.Describe(article));
        Assert.Null(SourceText.ImportSentence(article));
    }

    [Theory]
    [InlineData("from=x&sort=person", "person", false)]
    [InlineData("from=x", "date", true)]
    [InlineData("sort=date&dir=asc", "date", false)]
    public void Departure_filter_reads_its_sort_with_each_columns_natural_direction(string query, string sort, bool descending)
    {
        var values = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);

        Assert.True(TalentWatch.Web.Features.Departures.DepartureFilter.TryParse(values.GetValueOrDefault("from"), null, null, null, null, null, out var filter, out _,
            sort: values.GetValueOrDefault("sort"), dir: values.GetValueOrDefault("dir")));
        Assert.Equal(sort, filter.Sort.ToString().ToLowerInvariant());
        Assert.Equal(descending, filter.Descending);
        Assert.Equal(!descending, filter.SortedBy(filter.Sort).Descending);
    }
}
