using TalentWatch.Extraction.Dates;

namespace TalentWatch.Extraction.Departures;

/// <summary>One reading of a departure in one clause, before reports of the same departure are merged.</summary>
internal sealed record DepartureCandidate(
    string? Person,
    string From,
    string? To,
    PartialDate? Date,
    bool DateIsExplicit,
    int SentenceIndex,
    bool? Founder,
    string? Role,
    bool JoinOnly = false,
    int UnnamedSlot = 0,
    TriggerKind Kind = TriggerKind.Leave,
    CompanySource FromSource = CompanySource.Clause);

/// <summary>Where the company left came from: the clause itself, or a fallback that is more often wrong.</summary>
internal enum CompanySource
{
    /// <summary>Named in the clause of the verb ("left Kestrel", "Kestrel co-founder X departs").</summary>
    Clause,

    /// <summary>"the company", "het bedrijf": a reference resolved to the article's focus.</summary>
    Reference,

    /// <summary>The company the same person left earlier in the article ("... returned in 2023 and left again").</summary>
    Career,

    /// <summary>Nothing in the clause: the company the article (or its section) is about.</summary>
    Focus,
}
