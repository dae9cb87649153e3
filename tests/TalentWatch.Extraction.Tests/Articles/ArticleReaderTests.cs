using System.Text;

namespace TalentWatch.Extraction.Tests.Articles;

public class ArticleReaderTests
{
    private const string Markdown = "---\ntitle: \"A title\"\nsource: Wire\nurl: https://example.com/a\npublished: 2026-02-01\nlanguage: en\n---\nBody text here.\n";

    [Fact]
    public void Reads_front_matter_and_body()
    {
        var a = ArticleReader.Parse("a.md", Markdown);

        Assert.Equal("A title", a.Title);
        Assert.Equal("Wire", a.Source);
        Assert.Equal("https://example.com/a", a.Url);
        Assert.Equal(new DateOnly(2026, 2, 1), a.Published);
        Assert.Equal("en", a.Language);
        Assert.Equal("Body text here.", a.Text);
        Assert.Equal("a.md", a.FileName);
    }

    [Fact]
    public void Every_front_matter_key_is_optional()
    {
        var a = ArticleReader.Parse("a.md", "---\n---\nDe onderzoeker vertrekt bij het bedrijf en gaat naar een ander bedrijf in Amsterdam.");

        Assert.Null(a.Title);
        Assert.Null(a.Published);
        Assert.Equal("nl", a.Language);
    }

    [Fact]
    public void Txt_title_is_the_first_line_and_text_is_everything()
    {
        var a = ArticleReader.Parse("a.txt", "Headline here\n\nThe company said that its chief executive had left the business last week.");

        Assert.Equal("Headline here", a.Title);
        Assert.StartsWith("Headline here", a.Text, StringComparison.Ordinal);
        Assert.Equal("en", a.Language);
    }

    [Fact]
    public void Front_matter_date_wins_over_override_and_override_fills_gaps()
    {
        var over = new DateOnly(2020, 1, 1);
        Assert.Equal(new DateOnly(2026, 2, 1), ArticleReader.Parse("a.md", Markdown, over).Published);
        Assert.Equal(over, ArticleReader.Parse("a.txt", "Title\nBody", over).Published);
    }

    [Fact]
    public void Bom_crlf_and_decomposed_accents_give_the_same_text_and_hash()
    {
        var plain = ArticleReader.Parse("a.txt", "Zoë left.\nShe went to Meta.");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Zoe\u0308 left.\r\nShe went to Meta.\r\n")).ToArray();
        var other = ArticleReader.Parse("a.txt", bytes);

        Assert.Equal(plain.Text, other.Text);
        Assert.Equal(plain.ContentHash, other.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", plain.ContentHash);
    }

    [Fact]
    public void Hash_is_sha256_of_the_normalised_text()
    {
        var a = ArticleReader.Parse("a.txt", "  abc  \n");

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", a.ContentHash);
    }

    [Fact]
    public void Binary_file_is_rejected()
    {
        var e = Assert.Throws<ArticleFormatException>(() => ArticleReader.Parse("x.md", new byte[] { 0x41, 0x0A, 0x00, 0x01 }));

        Assert.Equal("x.md", e.FileName);
        Assert.Equal(2, e.Line);
        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_rejected_with_its_line()
    {
        var e = Assert.Throws<ArticleFormatException>(() => ArticleReader.Parse("x.txt", new byte[] { 0x41, 0x0A, 0x42, 0x0A, 0xC3, 0x28 }));

        Assert.Equal(3, e.Line);
        Assert.Contains("UTF-8", e.Message, StringComparison.Ordinal);
        Assert.Contains("x.txt:3", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Empty_file_is_rejected(string content)
    {
        var e = Assert.Throws<ArticleFormatException>(() => ArticleReader.Parse("x.md", Encoding.UTF8.GetBytes(content)));

        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_without_body_is_rejected()
    {
        Assert.Throws<ArticleFormatException>(() => ArticleReader.Parse("x.md", "---\ntitle: t\n---\n"));
    }

    [Fact]
    public void Oversized_file_is_rejected()
    {
        var bytes = new byte[ArticleReader.MaxBytes + 1];
        Array.Fill(bytes, (byte)'a');

        var e = Assert.Throws<ArticleFormatException>(() => ArticleReader.Parse("big.txt", bytes));

        Assert.Contains("limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_file_on_disk_is_rejected_before_reading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, new byte[ArticleReader.MaxBytes + 10]);
        try
        {
            var e = Assert.Throws<ArticleFormatException>(() => ArticleReader.Read(path));
            Assert.Equal(path, e.FileName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unterminated_front_matter_is_rejected()
    {
        var e = Assert.Throws<ArticleFormatException>(() => ArticleReader.Parse("x.md", "---\ntitle: t\nBody without closing fence"));

        Assert.Equal(1, e.Line);
        Assert.Contains("not terminated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_is_rejected_with_its_file_line()
    {
        var e = Assert.Throws<ArticleFormatException>(() => ArticleReader.Parse("x.md", "---\ntitle: ok\nsource: [unclosed\n---\nBody"));

        Assert.NotNull(e.Line);
        Assert.InRange(e.Line!.Value, 3, 5);
        Assert.Contains("YAML", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_published_date_is_rejected_with_its_line()
    {
        var e = Assert.Throws<ArticleFormatException>(() => ArticleReader.Parse("x.md", "---\ntitle: ok\npublished: 2026-13-45\n---\nBody"));

        Assert.Equal(3, e.Line);
        Assert.Contains("published", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("x.md:3:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detects_other_languages()
    {
        var a = ArticleReader.Parse("a.txt", "Titel\nDie Forscherin verlässt das Unternehmen und wechselt zu einem großen Konkurrenten in München.");

        Assert.Equal("de", a.Language);
    }
}
