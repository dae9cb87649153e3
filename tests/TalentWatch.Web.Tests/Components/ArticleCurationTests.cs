using Bunit;
using TalentWatch.Extraction;
using TalentWatch.Web.Features.Articles;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Components;

/// <summary>The editors' article view (issue 11): sentence blocks with offsets, the curation panel, the add dialog's rules.</summary>
public sealed class ArticleCurationTests : WebTestContext
{
    private const string Text = "Acme grows. Jane Roe left Acme for Beta in May. Bob is reportedly in talks to leave Beta.";

    private static TextSpan SpanOf(string sentence) => new(Text.IndexOf(sentence, StringComparison.Ordinal), sentence.Length);

    private static readonly TextSpan[] Sentences =
        [SpanOf("Acme grows."), SpanOf("Jane Roe left Acme for Beta in May."), SpanOf("Bob is reportedly in talks to leave Beta.")];

    [Fact]
    public void Blocks_keep_every_character_once_at_its_offset_and_cut_evidence_at_sentence_ends()
    {
        // Evidence running over two sentences is cut in two links, one per sentence.
        var evidence = new Evidence(Text.IndexOf("left", StringComparison.Ordinal), Text.IndexOf(" is", StringComparison.Ordinal) - Text.IndexOf("left", StringComparison.Ordinal), "Jane Roe left Acme", "/people/jane-roe");

        var blocks = SentenceLayout.Blocks(Text, Sentences, [evidence], [Sentences[2]]);

        Assert.Equal(Text, string.Concat(blocks.Select(b => b.Text)));
        Assert.All(blocks.SelectMany(b => b.Pieces), p => Assert.Equal(Text.Substring(p.Start, p.Text.Length), p.Text));
        Assert.Equal([false, false, false, false, true], blocks.Select(b => b.Possible));
        Assert.Equal(["left Acme for Beta in May.", " ", "Bob"], blocks.SelectMany(b => b.Pieces).Where(p => p.Evidence is not null).Select(p => p.Text));
        Assert.All(blocks.Where(b => b.Sentence is { } s), b => Assert.Equal(Text.Substring(b.Sentence!.Value.Start, b.Sentence.Value.Length), b.Text));
    }

    [Fact]
    public void Sentences_outside_the_text_or_overlapping_an_earlier_one_are_ignored()
    {
        var blocks = SentenceLayout.Blocks(Text, [Sentences[0], new TextSpan(5, 10), new TextSpan(80, 500)], [], []);

        Assert.Equal(Text, string.Concat(blocks.Select(b => b.Text)));
        Assert.Single(blocks, b => b.Sentence is not null);
    }

    [Fact]
    public void The_editable_text_has_a_focusable_marker_per_sentence_and_tints_possible_departures()
    {
        TextSpan? opened = null;
        var cut = Render<EditableArticleText>(p => p
            .Add(c => c.Text, Text + " <script>alert('x')</script>")
            .Add(c => c.Sentences, Sentences)
            .Add(c => c.Possible, [Sentences[2]])
            .Add(c => c.OnSentence, span => opened = span));

        var markers = cut.FindAll("button[data-testid=sentence-marker]");
        Assert.Equal(3, markers.Count);
        Assert.Contains("Bob is reportedly", cut.Find("[data-testid=possible-sentence]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Possible departure.", markers[2].GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=article-text-editable] script"));
        markers[1].Click();
        Assert.Equal(Sentences[1], opened);
    }

    [Fact]
    public void The_panel_says_what_is_left_and_enables_mark_reviewed_only_when_nothing_is()
    {
        var pending = new ArticleCuration(7, Sentences,
            [new PossibleMarker(Sentences[2], "Bob is reportedly in talks to leave Beta.", "in talks to leave"), new PossibleMarker(Sentences[0], "Acme grows.", "grows")],
            AwaitingReview: 1, ReviewedAt: null, ReviewedBy: null);
        var cut = Render<ArticleCurationPanel>(p => p.Add(c => c.Curation, pending));

        Assert.Equal("2 sentences may describe a departure", cut.Find("[data-testid=possible-summary]").TextContent);
        Assert.Equal(2, cut.FindAll("[data-testid=possible-item]").Count);
        Assert.True(cut.Find("[data-testid=mark-reviewed]").HasAttribute("disabled"));
        Assert.Contains("1 departure awaiting review and 2 possible departures to add or dismiss", cut.Find("[data-testid=review-pending]").TextContent, StringComparison.Ordinal);
        Assert.Contains("/review?article=7", cut.Markup, StringComparison.Ordinal);

        cut.Render(p => p.Add(c => c.Curation, pending with { Possible = [], AwaitingReview = 0 }));
        Assert.False(cut.Find("[data-testid=mark-reviewed]").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid=possible-panel]"));

        cut.Render(p => p.Add(c => c.Curation, pending with { Possible = [], AwaitingReview = 0, ReviewedAt = DateTimeOffset.UnixEpoch, ReviewedBy = "edith@example.com" }));
        Assert.Contains("edith@example.com", cut.Find("[data-testid=curation-panel]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=unmark-reviewed]"));
    }

    [Fact]
    public void The_dialog_is_prefilled_from_the_extractors_suggestion_else_from_the_names_it_recognised_leaving_the_company_to_the_editor_when_several()
    {
        var suggested = new ExtractedDeparture("Jane Roe", "Acme", "Beta", "2026-05", "engineer", false, "Jane Roe left Acme for Beta in May.", [Sentences[1]], 0.8);
        var withSuggestion = new EvidenceReading([Sentences[1]], suggested.Evidence, ["Jane Roe"], ["Acme", "Beta"], "2026-05", "engineer", false, suggested);
        var namesOnly = withSuggestion with { Suggested = null, Role = null };

        Assert.Equal(new TalentWatch.Data.Editing.DepartureFields("Jane Roe", "Acme", "Beta", "2026-05", "engineer", false), AddDepartureDialog.Prefill(withSuggestion));
        Assert.Equal(new TalentWatch.Data.Editing.DepartureFields("Jane Roe", "", null, "2026-05", null, false), AddDepartureDialog.Prefill(namesOnly));
        Assert.Equal("Acme", AddDepartureDialog.Prefill(namesOnly with { Organisations = ["Acme"] }).Company);
    }

    [Theory]
    [InlineData("", null, "The company left is required.", null)]
    [InlineData("Acme", "ACME", null, "The destination is the company left; a departure moves between two different companies.")]
    [InlineData("Acme", "Beta", null, null)]
    [InlineData("Acme", null, null, null)]
    public void The_dialog_refuses_a_missing_company_left_and_the_same_company_as_destination(string company, string? destination, string? companyProblem, string? destinationProblem) =>
        Assert.Equal((companyProblem, destinationProblem), AddDepartureDialog.FieldProblems(company, destination));
}
