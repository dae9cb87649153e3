using TalentWatch.Extraction.Claims;
using TalentWatch.Extraction.Departures;
using TalentWatch.Extraction.Knowledge;
using TalentWatch.Extraction.Mentions;
using TalentWatch.Extraction.Sentences;

namespace TalentWatch.Extraction;

/// <summary>Extracts departures and stated figures from English and Dutch articles. Stateless: one instance can serve
/// every request concurrently.</summary>
public sealed class DepartureExtractor(ExtractionKnowledge knowledge)
{
    // Read-only after construction, so concurrent Extract calls are safe.
    private readonly HashSet<string> supported = ["en", "nl"];

    /// <summary>An extractor with the shipped organisation and people knowledge.</summary>
    public DepartureExtractor()
        : this(ExtractionKnowledge.Shipped)
    {
    }

    public ExtractionKnowledge Knowledge => knowledge;

    public ExtractionResult Extract(ArticleDocument article) => Extract(article, knowledge);

    /// <summary>Extracts with other knowledge than the extractor's own: the shipped files joined with what a store knows.</summary>
    public ExtractionResult Extract(ArticleDocument article, ExtractionKnowledge with)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(with);
        if (!supported.Contains(article.Language))
        {
            return new ExtractionResult(article, false, [], []);
        }

        var analysis = new ArticleAnalysis(article, with);
        var merged = DepartureMerger.Merge(AsEmployers(with, new DepartureFinder(analysis).Find()));
        var departures = merged
            .OrderBy(m => m.Sentences.Min)
            .Select(m => ToDeparture(analysis, m))
            .ToList();
        var claims = new ClaimFinder(analysis).Find()
            .Select(c => new ExtractedClaim(c.Company, c.Metric, c.Value, Evidence(analysis, c.Sentences), Spans(analysis, c.Sentences)))
            .ToList();
        return new ExtractionResult(article, true, departures, claims);
    }

    /// <summary>Internal groups count as their parent company ("Google Brain" is Google); a move inside one company is none.</summary>
    private static IEnumerable<DepartureCandidate> AsEmployers(ExtractionKnowledge knowledge, IEnumerable<DepartureCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            var from = knowledge.EmployerName(c.From);
            var to = c.To is null ? null : knowledge.EmployerName(c.To);
            if (to is not null && ExtractionKnowledge.Key(from) == ExtractionKnowledge.Key(to))
            {
                continue;
            }

            yield return c with { From = from, To = to };
        }
    }

    private static ExtractedDeparture ToDeparture(ArticleAnalysis analysis, DepartureMerger.Merged m)
    {
        var (role, founder) = m.Person is null ? (m.Role, m.Founder) : DescribePerson(analysis, m);
        return new ExtractedDeparture(
            m.Person,
            m.From,
            m.To,
            m.Date?.ToString(),
            role,
            founder,
            Evidence(analysis, m.Sentences),
            Spans(analysis, m.Sentences));
    }

    /// <summary>Role and founder flag from every sentence that names the person, evidence sentences first.</summary>
    private static (string? Role, bool? Founder) DescribePerson(ArticleAnalysis analysis, DepartureMerger.Merged m)
    {
        string? role = null;
        var founder = false;
        var order = m.Sentences.Concat(Enumerable.Range(0, analysis.Sentences.Count).Where(i => !m.Sentences.Contains(i)));
        foreach (var i in order)
        {
            var s = analysis.Sentences[i];
            if (!AboutCompanyLeft(analysis, i, m.From))
            {
                continue;
            }

            var names = analysis.Mentions[i]
                .Select(x => (Mention: x, Person: analysis.Registry.ResolvePerson(x)))
                .Where(x => x.Person is not null)
                .ToList();
            // "X is rejoining Y. The chief product officer of Z, ..., will return": the description stands for X.
            if (names.Count == 0 && RoleFinder.RoleOfSubjectDescription(s.Masked) is { } described
                && analysis.LastPersonBefore(i, 0) == m.Person)
            {
                role ??= described;
            }

            var others = names.Where(x => x.Person != m.Person).Select(x => (x.Mention.Start, x.Mention.End)).ToList();
            foreach (var (mention, _) in names.Where(x => x.Person == m.Person))
            {
                role ??= RoleFinder.RoleNear(s.Text, mention.Start, mention.End);
                founder |= RoleFinder.FounderNear(s.Text, mention.Start, mention.End, others);
            }

            // "Hoekstra verlaat X, het bedrijf dat hij in 2019 oprichtte": the pronoun stands for the person.
            if (m.Sentences.Contains(i) && names.Any(x => x.Person == m.Person))
            {
                foreach (System.Text.RegularExpressions.Match p in TriggerRules.Pronoun.Matches(s.Masked))
                {
                    founder |= RoleFinder.FounderNear(s.Text, p.Index, p.Index + p.Length, others);
                }
            }
        }

        // A role read at the start of a sentence ("Technisch directeur X") is still a common noun.
        if (role is { Length: > 1 } r && char.IsUpper(r[0]) && char.IsLower(r[1]))
        {
            role = char.ToLowerInvariant(r[0]) + r[1..];
        }

        return (role, founder ? true : role is null ? null : false);
    }

    // A role belongs to the company left: "Lowell was Tidewater's head of post-training" says nothing about her time at OpenAI.
    private static bool AboutCompanyLeft(ArticleAnalysis analysis, int sentence, string from)
    {
        var orgs = analysis.Mentions[sentence].Select(x => analysis.Registry.ResolveOrganisation(x)).OfType<string>().ToList();
        return orgs.Contains(from, StringComparer.OrdinalIgnoreCase) || orgs.All(analysis.Registry.IsBigEmployer);
    }

    private static string Evidence(ArticleAnalysis analysis, IEnumerable<int> sentences) =>
        string.Join(' ', sentences.Order().Select(i => analysis.Sentences[i].Text));

    private static List<TextSpan> Spans(ArticleAnalysis analysis, IEnumerable<int> sentences) =>
        sentences.Order().Select(i => analysis.Sentences[i]).Select(s => new TextSpan(s.Start, s.Text.Length)).ToList();
}
