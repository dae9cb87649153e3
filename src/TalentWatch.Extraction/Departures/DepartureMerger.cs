using TalentWatch.Extraction.Dates;

namespace TalentWatch.Extraction.Departures;

/// <summary>One departure per person per company left: repeated reports in an article are folded together,
/// keeping the most precise stated date, the destination and every evidence sentence.</summary>
internal static class DepartureMerger
{
    /// <summary>"Two co-founders of X resigned within 24 hours. A announced ... B followed": an unnamed group whose members the
    /// next sentences name (or, when the group's destination is told, any later sentence with the same move: "4 top executives
    /// left Apple for Meta" above a section per person) is those people; members left unnamed stay unnamed departures.</summary>
    private static List<DepartureCandidate> WithoutNamedGroups(List<DepartureCandidate> candidates)
    {
        var groups = candidates.Where(c => c.Person is null).GroupBy(c => (c.From, c.SentenceIndex)).ToList();
        var dropped = new HashSet<DepartureCandidate>();
        foreach (var group in groups)
        {
            var (from, sentence) = group.Key;
            // People first read after the group's sentence: someone whose departure was told before is not one of its members.
            // "lost four researchers, chief among them A": a member named in the group's own sentence counts too.
            var toldBefore = candidates.Where(c => c.Person is not null && c.SentenceIndex < sentence).Select(c => c.Person).ToHashSet();
            var named = candidates.Where(c => c.Person is not null && !c.JoinOnly && !toldBefore.Contains(c.Person)
                && string.Equals(c.From, from, StringComparison.OrdinalIgnoreCase)
                && c.SentenceIndex >= sentence
                && (c.SentenceIndex <= sentence + 6 || (group.First().To is { } to && string.Equals(c.To, to, StringComparison.OrdinalIgnoreCase))))
                .Select(c => c.Person).Distinct().Count();
            // "lost four researchers, chief among them A": the members named later are counted in the group, the rest stay unnamed.
            dropped.UnionWith(group.Take(named));
        }

        // "lured away four executives from Apple ... 4 top executives left Apple for Meta": the same move told twice is one group.
        foreach (var repeated in groups.Where(g => !g.Any(dropped.Contains)).GroupBy(g => (g.Key.From, g.First().To)).Where(r => r.Count() > 1))
        {
            foreach (var later in repeated.OrderByDescending(g => g.Count()).ThenBy(g => g.Key.SentenceIndex).Skip(1))
            {
                dropped.UnionWith(later);
            }
        }

        return dropped.Count == 0 ? candidates : candidates.Where(c => !dropped.Contains(c)).ToList();
    }

    public sealed class Merged(DepartureCandidate first)
    {
        public string? Person { get; } = first.Person;

        public string From { get; } = first.From;

        public string? To { get; set; } = first.To;

        public PartialDate? Date { get; set; } = first.Date;

        public bool DateIsExplicit { get; set; } = first.DateIsExplicit;

        public bool? Founder { get; set; } = first.Founder;

        public string? Role { get; set; } = first.Role;

        public SortedSet<int> Sentences { get; } = [first.SentenceIndex];

        public bool JoinOnly { get; set; } = first.JoinOnly;

        public int UnnamedSlot { get; } = first.UnnamedSlot;

        public TriggerKind Kind { get; } = first.Kind;

        /// <summary>Other rules that read the same departure: independent readings make it likelier.</summary>
        public HashSet<TriggerKind> Kinds { get; } = [first.Kind];

        /// <summary>The most direct source any report gave for the company left.</summary>
        public CompanySource FromSource { get; set; } = first.FromSource;
    }

    public static List<Merged> Merge(IEnumerable<DepartureCandidate> candidates, Func<int, bool> saysAgain)
    {
        var merged = new List<Merged>();
        var all = WithoutNamedGroups(FollowCareers(candidates.ToList()).ToList()).ToList();
        foreach (var c in all)
        {
            var existing = c.Person is null
                ? merged.FirstOrDefault(m => m.Person is null && m.From == c.From && m.Sentences.Contains(c.SentenceIndex) && m.UnnamedSlot == c.UnnamedSlot)
                : merged.FirstOrDefault(m => m.Person == c.Person && string.Equals(m.From, c.From, StringComparison.OrdinalIgnoreCase)
                    && !LeftTwice(m, c, all, saysAgain));
            if (existing is null)
            {
                merged.Add(new Merged(c));
                continue;
            }

            existing.Sentences.Add(c.SentenceIndex);
            existing.Kinds.Add(c.Kind);
            if (c.FromSource < existing.FromSource)
            {
                existing.FromSource = c.FromSource;
            }

            existing.To ??= c.To;
            existing.Role ??= c.Role;
            existing.Founder ??= c.Founder;
            // When someone starts at the new employer says nothing about when they left the old one.
            if (c.JoinOnly)
            {
                continue;
            }

            if (existing.JoinOnly || c.Date is { } d0 && existing.Date is null)
            {
                existing.Date = c.Date;
                existing.DateIsExplicit = c.DateIsExplicit;
                existing.JoinOnly = false;
                continue;
            }

            if (c.Date is { } d && (!existing.DateIsExplicit && c.DateIsExplicit
                || existing.DateIsExplicit == c.DateIsExplicit && existing.Date is { } e && d.Precision > e.Precision))
            {
                existing.Date = d;
                existing.DateIsExplicit = c.DateIsExplicit;
            }
        }

        return WithoutParentRepeats(merged);
    }

    /// <summary>"is leaving Google DeepMind for Anthropic ... another departure from Google's AI division": one person's move told
    /// once with the company's full name and once with its first word (Google, Amazon for Amazon Web Services) is one move,
    /// kept under the fuller name, unless the two say different destinations or years.</summary>
    private static List<Merged> WithoutParentRepeats(List<Merged> merged)
    {
        var folds = merged
            .Select(general => (General: general, Specific: merged.FirstOrDefault(specific => FoldsInto(general, specific))))
            .Where(f => f.Specific is not null)
            .ToList();
        foreach (var (general, specific) in folds)
        {
            specific!.To ??= general.To;
            specific.Role ??= general.Role;
            specific.Date ??= general.Date;
            specific.Sentences.UnionWith(general.Sentences);
        }

        return folds.Count == 0 ? merged : merged.Where(m => !folds.Any(f => f.General == m)).ToList();
    }

    private static bool FoldsInto(Merged general, Merged specific) =>
        general.Person is not null && specific != general && specific.Person == general.Person
        && specific.From.StartsWith(general.From + " ", StringComparison.OrdinalIgnoreCase)
        && !Same(specific.To, general.From)
        && (general.To is null || specific.To is null || Same(general.To, specific.To))
        && !(general.Date is { } a && specific.Date is { } b && general.DateIsExplicit && specific.DateIsExplicit && a.Year != b.Year);

    /// <summary>
    /// A person leaves a company once unless they return: when an article tells an earlier, dated move from X to Y and a
    /// later move to Z that was also read as leaving X ("Anthropic hired OpenAI's co-founder K" after "K left OpenAI in
    /// 2018 to join Google"), the later move left Y, where the career had gone in between.
    /// </summary>
    private static IEnumerable<DepartureCandidate> FollowCareers(List<DepartureCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            var earlier = c.Person is null || c.To is null || c.Date is not { } later
                ? null
                : candidates
                    .Where(m => m.Person == c.Person && m.DateIsExplicit && m.Date is { } d && IsBefore(d, later)
                        && m.To is not null && Same(m.From, c.From) && !Same(m.To, c.To) && !Same(m.To, c.From))
                    .MaxBy(m => (m.Date!.Value.Year, m.Date!.Value.Month));
            yield return earlier is null ? c : c with { From = earlier.To!, FromSource = CompanySource.Career };
        }
    }

    /// <summary>"This marks the second time K has left OpenAI, having initially departed to join Tesla in 2017; ... he
    /// rejoined OpenAI": someone the article brings back to a company and says left it again can leave it twice, so a move
    /// dated years before another one from the same company is a move of its own.</summary>
    private static bool LeftTwice(Merged existing, DepartureCandidate c, List<DepartureCandidate> all, Func<int, bool> saysAgain) =>
        !c.JoinOnly && !existing.JoinOnly && existing.Date is { } a && c.Date is { } b && (existing.DateIsExplicit || c.DateIsExplicit)
        && (IsBefore(a, b) && a.Year < b.Year || IsBefore(b, a) && b.Year < a.Year)
        && (saysAgain(c.SentenceIndex) || existing.Sentences.Any(saysAgain))
        && all.Any(r => r.Person == c.Person && Same(r.To, c.From));

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Strictly earlier whatever the precisions: 2018 is before 2024-10; 2024 is not before 2024-10.</summary>
    private static bool IsBefore(PartialDate a, PartialDate b) =>
        a.Year < b.Year || a.Year == b.Year && a.Precision >= DatePrecision.Month && b.Precision >= DatePrecision.Month && a.Month < b.Month;
}
