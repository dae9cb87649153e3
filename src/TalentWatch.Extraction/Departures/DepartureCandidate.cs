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
    int UnnamedSlot = 0);
