using CsCheck;
using Microsoft.AspNetCore.Http;
using TalentWatch.Data.Search;
using TalentWatch.Web.Features.Accounts;
using TalentWatch.Web.Features.Departures;
using TalentWatch.Web.Features.Shared;
using TalentWatch.Web.Infrastructure.Api;

namespace TalentWatch.Web.Tests.Generated;

/// <summary>
/// Generated-input tests (issue 15) for the query-string parsers every page and the API use: 10,000 generated inputs each,
/// property "a value or a clear error; no other exception", and what is accepted is within its bounds.
/// </summary>
public class GeneratedQueryTests
{
    private const int Inputs = 10_000;

    private static readonly DateOnly Today = new(2026, 12, 2);

    /// <summary>Numbers, near-numbers and junk: digits, signs, spaces, separators, huge values and arbitrary characters.</summary>
    private static readonly Gen<string?> QueryText = Gen.OneOf(
        Gen.String[Gen.Char["0123456789-+ .,eE_%\t"], 0, 14].Select(s => (string?)s),
        Gen.Long.Select(n => (string?)n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.String.Select(s => (string?)s),
        Gen.Const((string?)null),
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 9], (y, q) => (string?)$"{y:D4}-Q{q}"));

    [Fact]
    public void A_page_number_is_1_to_the_maximum_or_an_error_that_names_it() =>
        QueryText.Sample(text =>
        {
            if (QueryValues.TryPage(text, out var page, out var error))
            {
                Assert.InRange(page, 1, QueryValues.MaxPage);
                Assert.Null(error);
            }
            else
            {
                Assert.StartsWith("page '", error, StringComparison.Ordinal);
                Assert.True(error!.Length < 120, "the error echoes a bounded part of the value");
            }
        }, iter: Inputs);

    [Fact]
    public void A_quarter_is_in_the_reportable_range_or_an_error() =>
        QueryText.Sample(text =>
        {
            if (QueryValues.TryQuarter(text, Today, out var quarter, out var error))
            {
                Assert.True(quarter.Year is >= 1900 and <= 2027);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(error));
            }
        }, iter: Inputs);

    [Fact]
    public void The_explorer_filter_parses_or_says_which_value_is_wrong() =>
        Gen.Select(QueryText, QueryText, QueryText, QueryText, Gen.OneOf(Gen.Const((string?)"true"), Gen.Const((string?)"false"), QueryText))
            .Sample((from, to, quarter, page, founder) =>
            {
                if (DepartureFilter.TryParse(from, to, quarter, founder, from, page, out var filter, out var error))
                {
                    Assert.InRange(filter.Page, 1, QueryValues.MaxPage);
                    var again = filter.ToQueryString();
                    Assert.DoesNotContain(" ", again, StringComparison.Ordinal);
                }
                else
                {
                    Assert.Matches("^(quarter|founder|page)", error!);
                }
            }, iter: Inputs);

    [Fact]
    public void Api_paging_stays_within_its_limits() =>
        Gen.Select(QueryText, QueryText).Sample((page, size) =>
        {
            var request = new DefaultHttpContext().Request;
            request.QueryString = QueryString.Create(new KeyValuePair<string, string?>[] { new("page", page), new("pageSize", size) });
            if (ApiPaging.TryRead(request, out var paging, out var error))
            {
                Assert.InRange(paging.PageSize, 1, ApiPaging.MaxPageSize);
                Assert.True(paging.Skip >= 0);
            }
            else
            {
                Assert.Matches("^(page|pageSize) '", error!);
            }
        }, iter: Inputs);

    [Fact]
    public void A_return_url_is_a_local_ascii_path_or_home() =>
        Gen.OneOf(Gen.String, Gen.String[Gen.Char["/\\:.?#%\t\r\n aé😀"], 0, 20], Gen.String.Select(s => "/" + s)).Sample(url =>
        {
            var local = LocalUrl.OrHome(url);
            Assert.StartsWith("/", local, StringComparison.Ordinal);
            Assert.False(local.StartsWith("//", StringComparison.Ordinal) || local.StartsWith("/\\", StringComparison.Ordinal));
            Assert.All(local, c => Assert.True(c is > ' ' and < '\u007f', $"character {(int)c} in '{local}'"));
            Assert.True(local == "/" || url.StartsWith('/'), "only a path given as one is kept");
        }, iter: Inputs);

    [Fact]
    public void Search_text_becomes_a_pattern_whose_wildcards_are_escaped() =>
        Gen.String.Sample(text =>
        {
            if (TextSearch.Normalize(text) is not { } search)
            {
                return;
            }

            Assert.InRange(search.Length, 1, TextSearch.MaxLength);
            var pattern = TextSearch.ContainsPattern(search)[1..^1];
            for (var i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] == '\\')
                {
                    i++; // the escaped character
                    Assert.True(i < pattern.Length && pattern[i] is '\\' or '%' or '_');
                }
                else
                {
                    Assert.True(pattern[i] is not ('%' or '_'), "an unescaped wildcard");
                }
            }

            var phrase = TextSearch.FtsPhrase(search);
            Assert.Equal(0, phrase[1..^1].Replace("\"\"", string.Empty, StringComparison.Ordinal).Count(c => c == '"'));
        }, iter: Inputs);
}
