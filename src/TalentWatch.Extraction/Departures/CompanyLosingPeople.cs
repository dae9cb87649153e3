using System.Text.RegularExpressions;

namespace TalentWatch.Extraction.Departures;

/// <summary>A sentence that names the company losing people: "exits at Y", "de leegloop bij Y", "Y has lost two founders",
/// "Y has seen half its founders depart", "Y heeft drie bestuurders zien vertrekken".</summary>
internal static partial class CompanyLosingPeople
{
    /// <summary>The employer the sentence says is losing people, or null.</summary>
    public static string? In(ArticleAnalysis analysis, int sentence)
    {
        var s = analysis.Sentences[sentence];
        var exodus = ExodusWord().IsMatch(s.Masked);
        var loses = LosesPeople().IsMatch(s.Masked);
        if (!exodus && !loses)
        {
            return null;
        }

        // "... exits at Y", or "Y, the start-up founded by ..., has lost two more founding members to Meta".
        return analysis.Mentions[sentence]
            .Where(mm => (exodus && ExodusBefore().IsMatch(s.Masked.AsSpan(0, mm.Start)))
                || (loses && !mm.Possessive && LosesPeopleAfter().IsMatch(s.Masked.AsSpan(mm.End))))
            .Select(mm => analysis.Registry.ResolveOrganisation(mm))
            .FirstOrDefault(o => o is not null && analysis.Registry.IsEmployer(o));
    }

    private const string LosesVerb = @"(?:(?:has|have|had|is|was|keeps|continues to)?\s*(?:lost|loses|losing|verliest|verloor|verloren)"
        // The company as the one who sees its people go: "has seen half its founders depart", "zag drie topmensen vertrekken".
        + @"|(?:has|have|had)?\s*(?:seen|saw|sees|zag|zagen|ziet)\s+[^.;:]{0,60}?\b(?:depart|leave|exit|quit|walk out|vertrekken|opstappen|weggaan)"
        + @"|zien\s+(?:vertrekken|opstappen|weggaan))";

    [GeneratedRegex(@"\b" + LosesVerb + @"\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LosesPeople();

    // The company is the subject: the verb follows it in the same clause ("Y, founded by X, has lost"), not after a full stop.
    [GeneratedRegex(@"^[^.;:]{0,100}?\b" + LosesVerb + @"\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LosesPeopleAfter();

    private const string ExodusNoun = "exits|departures|exodus|defections|resignations|brain drain|talent drain|vertrekken|leegloop|uittocht";

    [GeneratedRegex(@"\b(?:" + ExodusNoun + @")\s+(?:at|from|bij|van|uit)\s+(?:the\s+|het\s+|de\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExodusBefore();

    [GeneratedRegex(@"\b(?:" + ExodusNoun + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExodusWord();
}
