using TalentWatch.Extraction.Dates;

namespace TalentWatch.Extraction.Departures;

/// <summary>One departure per person per company left: repeated reports in an article are folded together,
/// keeping the most precise stated date, the destination and every evidence sentence.</summary>
internal static class DepartureMerger
{
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

    public static List<Merged> Merge(IEnumerable<DepartureCandidate> candidates)
    {
        var merged = new List<Merged>();
        foreach (var c in candidates)
        {
            var existing = c.Person is null
                ? merged.FirstOrDefault(m => m.Person is null && m.From == c.From && m.Sentences.Contains(c.SentenceIndex) && m.UnnamedSlot == c.UnnamedSlot)
                : merged.FirstOrDefault(m => m.Person == c.Person && string.Equals(m.From, c.From, StringComparison.OrdinalIgnoreCase));
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

        return merged;
    }
}
