using CsCheck;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Names;

namespace TalentWatch.Core.Tests.Generated;

/// <summary>
/// Generated-input tests (issue 15): date and quarter parsing and arithmetic and slugs each take 10,000 generated inputs
/// with the property "a result or a clear error; no other exception". Inputs mix the characters the grammars use with
/// arbitrary ones, so most are near-misses of valid text.
/// </summary>
public class GeneratedDateTests
{
    private const int Inputs = 10_000;

    /// <summary>Text near the date grammar: digits, '-', 'Q', spaces and a few strangers, 0 to 12 characters.</summary>
    private static readonly Gen<string> DateLike = Gen.OneOf(
        Gen.String[Gen.Char["0123456789-Qq \t"], 0, 12],
        Gen.String[Gen.Char, 0, 12],
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 13], Gen.Int[0, 32], (y, m, d) => $"{y:D4}-{m:D2}-{d:D2}"),
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 13], (y, m) => $"{y:D4}-{m:D2}"),
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 9], (y, q) => $"{y:D4}-Q{q}"));

    private static readonly Gen<Quarter> AnyQuarter = Gen.Int[Quarter.MinValue.Ordinal, Quarter.MaxValue.Ordinal].Select(o => Quarter.FromOrdinal(o));

    [Fact]
    public void Parsing_a_date_gives_a_date_or_false_and_a_parsed_date_round_trips() =>
        DateLike.Sample(text =>
        {
            if (PrecisionDate.TryParse(text, out var date))
            {
                Assert.Equal(date, PrecisionDate.Parse(date.ToString()));
                _ = date.Interval;
                _ = date.ToDisplayString();
            }
            else
            {
                Assert.Contains("not a date", Assert.Throws<FormatException>(() => PrecisionDate.Parse(text)).Message, StringComparison.Ordinal);
            }

            _ = DepartureDateRule.TryParse(text, new DateOnly(2026, 12, 2), out _, out _);
        }, iter: Inputs);

    [Fact]
    public void A_day_is_parsed_exactly_as_the_framework_parses_yyyy_MM_dd() =>
        Gen.OneOf(DateLike, Gen.String[Gen.Char["0123456789-"], 10, 10], Gen.String[Gen.Char["0123456789-\u0661\uFF10 "], 10, 10]).Sample(text =>
        {
            var framework = DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day);
            var parsed = PrecisionDate.TryParse(text, out var date);
            if (text.Trim().Length == 10)
            {
                Assert.Equal(framework, parsed && date.Precision == DatePrecision.Day);
                if (framework)
                {
                    Assert.Equal(PrecisionDate.OfDay(day), date);
                }
            }
        }, iter: Inputs);

    [Fact]
    public void Parsing_a_quarter_gives_a_quarter_or_false() =>
        DateLike.Sample(text =>
        {
            if (Quarter.TryParse(text, out var quarter))
            {
                Assert.Equal(quarter, Quarter.Parse(quarter.ToString()));
                Assert.True(quarter.Start <= quarter.End);
            }
        }, iter: Inputs);

    [Fact]
    public void Quarter_arithmetic_never_throws_and_stays_in_range() =>
        Gen.Select(AnyQuarter, Gen.Int).Sample((quarter, step) =>
        {
            var moved = quarter.Plus(step);
            Assert.True(moved >= Quarter.MinValue && moved <= Quarter.MaxValue);
            Assert.True(quarter.Next() >= quarter && quarter.Previous() <= quarter);
            Assert.Equal(quarter, Quarter.Containing(quarter.End));
            Assert.Equal(quarter, Quarter.Containing(quarter.Start));
            Assert.Equal(quarter.End.AddDays(1 - quarter.End.Day), new DateOnly(quarter.End.Year, quarter.End.Month, 1));
            if (quarter < Quarter.MaxValue)
            {
                Assert.Equal(quarter.End.AddDays(1), quarter.Next().Start);
            }

            Assert.True(DepartureDateRule.AllowsQuarter(quarter, DateOnly.FromDayNumber((int)((uint)step % (uint)DateOnly.MaxValue.DayNumber)))
                || DepartureDateRule.QuarterProblem(quarter, new DateOnly(2026, 1, 1)).Length > 0);
        }, iter: Inputs);

    [Fact]
    public void Every_day_has_a_quarter_and_a_rule_answer() =>
        Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber).Sample(day =>
        {
            var quarter = Quarter.Containing(day);
            Assert.True(quarter.Contains(day));
            _ = DepartureDateRule.Problem(PrecisionDate.OfDay(day), day);
            _ = DepartureDateRule.Latest(day);
        }, iter: Inputs);

    [Fact]
    public void A_slug_is_lower_case_ascii_words_joined_by_single_dashes() =>
        Gen.OneOf(Gen.String, Gen.String[Gen.Char["aéÅ ß-_.Z09\u0000\u00a0ĳ"], 0, 30]).Sample(name =>
        {
            var slug = Slug.For(name);
            Assert.Matches("^([a-z0-9]+(-[a-z0-9]+)*)?$", slug);
            Assert.Equal(slug, Slug.For(slug));
        }, iter: Inputs);
}
