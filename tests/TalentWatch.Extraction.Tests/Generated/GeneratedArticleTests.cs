using System.Text;
using CsCheck;
using TalentWatch.Extraction.Dates;

namespace TalentWatch.Extraction.Tests.Generated;

/// <summary>
/// Generated-input tests (issue 15): the article reader (front matter, encodings, byte order marks, broken UTF-8) and the
/// date finder each take 10,000 generated inputs with the property "a result or a clear error (ArticleFormatException
/// naming the file); no other exception". Reading is pure, so nothing can be half-written.
/// </summary>
public class GeneratedArticleTests
{
    private const int Inputs = 10_000;

    private static readonly string[] Keys = ["title", "source", "url", "published", "language", "author", "tags", "", "title title", "-"];

    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.String[Gen.Char["abc 019-:\"'[]{}#&*!|>%@`\\\n\t"], 0, 20],
        Gen.Const("2026-02-01"), Gen.Const("0001-01-01"), Gen.Const("9999-12-31"), Gen.Const("2026-02-30"), Gen.Const("en"), Gen.Const("nl"),
        Gen.Const("[a, b]"), Gen.Const("{x: 1}"), Gen.Const("|\n  block"), Gen.Const("&anchor value"), Gen.Const("*alias"), Gen.Const("!!binary AAAA"));

    /// <summary>A front-matter block of generated lines, sometimes unterminated or with tabs and duplicate keys.</summary>
    private static readonly Gen<string> FrontMatter = Gen.Select(
        Gen.Select(Gen.Int[0, Keys.Length - 1], Value, (k, v) => Keys[k] + ": " + v).Array[0, 6],
        Gen.Bool, Gen.Int[0, 3],
        (lines, closed, variant) => variant switch
        {
            0 => "---\n" + string.Join('\n', lines) + (closed ? "\n---\n" : "\n"),
            1 => "---\r\n" + string.Join("\r\n", lines) + (closed ? "\r\n---\r\n" : string.Empty),
            2 => "\uFEFF---\n" + string.Join('\n', lines) + "\n---",
            _ => string.Join('\n', lines),
        });

    private static readonly Gen<string> Body = Gen.OneOf(
        Gen.String[Gen.Char["abcdefghij ,.\n"], 0, 200],
        Gen.Const("Barret Zoph left Thinking Machines Lab for OpenAI yesterday. He had joined in 2024."),
        Gen.Const("Andrew Tulloch, a co-founder, left for Meta three weeks ago. De onderzoeker vertrekt gisteren."),
        Gen.String[Gen.Char, 0, 60]);

    private static void ReadsOrRefuses(string fileName, Action read)
    {
        try
        {
            read();
        }
        catch (ArticleFormatException e)
        {
            Assert.Equal(fileName, e.FileName);
            Assert.False(string.IsNullOrWhiteSpace(e.Problem));
        }
    }

    [Fact]
    public void Front_matter_that_stops_the_yaml_scanner_is_a_format_error() =>
        Assert.Contains("invalid YAML", Assert.Throws<ArticleFormatException>(() =>
            ArticleReader.Parse("a.md", "---\n: [ b1`\n9|\t \"'`0\n---\nBody.")).Problem, StringComparison.Ordinal);

    [Fact]
    public void Any_markdown_with_generated_front_matter_is_read_or_refused_by_name() =>
        Gen.Select(FrontMatter, Body).Sample((front, body) =>
            ReadsOrRefuses("generated.md", () =>
            {
                var document = ArticleReader.Parse("generated.md", front + body);
                Assert.NotNull(document.Text);
            }), iter: Inputs);

    [Fact]
    public void Any_bytes_in_any_encoding_are_read_or_refused_by_name()
    {
        byte[][] marks = [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0, 0], [0xC3], [0x00]];
        Gen.Select(Gen.Int[0, marks.Length - 1], Gen.Byte.Array[0, 300], Gen.Select(FrontMatter, Body), Gen.Int[0, 2],
            (mark, noise, text, encoding) =>
            {
                var textBytes = encoding switch
                {
                    0 => Encoding.UTF8.GetBytes(text.Item1 + text.Item2),
                    1 => Encoding.Unicode.GetBytes(text.Item1 + text.Item2),
                    _ => noise,
                };
                return (Name: encoding == 2 ? "noise.txt" : "generated.md", Bytes: marks[mark].Concat(textBytes).ToArray());
            })
            .Sample(file => ReadsOrRefuses(file.Name, () => ArticleReader.Parse(file.Name, file.Bytes)), iter: Inputs);
    }

    [Theory]
    [InlineData("0001-01-01", "He left yesterday, in September.")]
    [InlineData("9999-12-31", "He left a day later.")]
    public void A_publication_day_at_the_ends_of_the_calendar_resolves_no_relative_date(string published, string text)
    {
        var day = DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Empty(DateFinder.Find(text, day, PartialDate.OfDay(day)));
    }

    [Fact]
    public void Dates_are_found_or_not_for_any_publication_day_even_at_the_ends_of_the_calendar()
    {
        string[] phrases = ["yesterday", "gisteren", "last week", "three weeks ago", "a day later", "the same day", "on Monday",
            "in the second quarter", "last month", "in September", "on 31 February 2026", "in Q4 2026", "summer of 2025", "vorige maand"];
        Gen.Select(Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber], Gen.Int[0, phrases.Length - 1], Gen.Int[0, phrases.Length - 1], Gen.Bool,
            (day, first, second, future) => (Published: DateOnly.FromDayNumber(day), Text: $"He left {phrases[first]} and joined {phrases[second]}.", Future: future))
            .Sample(x =>
            {
                foreach (var mention in DateFinder.Find(x.Text, x.Published, PartialDate.OfDay(x.Published), x.Future))
                {
                    Assert.True(mention.End > mention.Start);
                }
            }, iter: Inputs);
    }
}
