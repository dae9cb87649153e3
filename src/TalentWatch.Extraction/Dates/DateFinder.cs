using System.Globalization;
using System.Text.RegularExpressions;

namespace TalentWatch.Extraction.Dates;

/// <summary>A date expression found in text, already resolved against the publication date.</summary>
internal sealed record DateMention(int Start, int End, PartialDate Date);

/// <summary>Finds and resolves English and Dutch date expressions ("on 2 March", "vorige maand", "afgelopen zomer").</summary>
internal static partial class DateFinder
{
    private static readonly Dictionary<string, int> MonthNumbers = BuildMonths();

    private const string FullMonthAlternation =
        "January|February|March|April|May|June|July|August|September|October|November|December|"
        + "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";

    private const string MonthAlternation = FullMonthAlternation + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    [GeneratedRegex(@"\b(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>" + MonthAlternation + @")\.?(?:,?\s+(?<year>(?:19|20)\d{2}))?"
        + @"|(?<month>" + MonthAlternation + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:19|20)\d{2}))?(?!\d)"
        + @"|(?<month>" + MonthAlternation + @")\.?\s+(?<year>(?:19|20)\d{2})"
        + @"|(?<q>Q[1-4])\s+(?<year>(?:19|20)\d{2})"
        // A month alone is written out: "Jan Leike" is a person, "Jan 5" and "Jan 2025" are dates.
        + @"|(?<month>" + FullMonthAlternation + @")"
        + @"|(?<year>(?:19|20)\d{2}))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Absolute();

    [GeneratedRegex(@"\b(?<rel>last week|vorige week|afgelopen week|earlier this week|this week|deze week|eerder deze week"
        + @"|last month|vorige maand|afgelopen maand|earlier this month|eerder deze maand|begin deze maand|this month|deze maand"
        + @"|(?:at )?the (?:end|start|beginning) of (?:the|this) month|eind deze maand|later this month|later deze maand|einde van de maand"
        + @"|(?:late|at the end of) last year|end of last year|eind vorig jaar|eind vorige jaar|eind van vorig jaar|aan het eind van vorig jaar"
        + @"|early last year|begin vorig jaar|last year|vorig jaar|afgelopen jaar"
        + @"|early this year|begin dit jaar|at the start of (?:this|the) year|earlier this year|eerder dit jaar|this year|dit jaar"
        + @"|(?:earlier |eerder |later )?(?:this past|this|last|in the|over the|afgelopen|deze|dit|vorige|in de|in het|vorig) (?:summer|zomer|spring|voorjaar|lente|autumn|fall|najaar|herfst|winter)"
        + @"|(?:on |op |last |afgelopen |vorige )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
        + @"|(?:a|one|two|three|four|\d|een|twee|drie|vier) (?:weeks?|weken|months?|maanden?|maand) (?:ago|geleden)"
        + @"|(?:a|one|two|three|four|five|\d|een|twee|drie|vier|vijf) (?:years?|jaar) (?:ago|geleden)"
        + @"|(?:a|one|two|three|een|twee|drie) days? later|(?:een|twee|drie) dag(?:en)? later|the (?:next|following) day|de volgende dag|de dag (?:erna|daarna)"
        + @"|(?:in )?the (?:first|second|third|fourth|last|final) quarter|(?:in )?het (?:eerste|tweede|derde|vierde|laatste) kwartaal"
        + @"|next month|volgende maand|komende maand|next week|volgende week|komende week"
        + @"|(?:early|late|at the end of|by the end of|begin|eind|aan het eind van|tegen het eind van) (?:next year|volgend jaar|komend jaar)|next year|volgend jaar|komend jaar"
        + @"|the same day|dezelfde dag|yesterday|gisteren)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    // "per 1 maart volgend jaar": the year belongs to the date before it, which resolves it (NextYearAfter).
    [GeneratedRegex(@"\b(?:" + MonthAlternation + @")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthRightBefore();

    // "until" ends a time ahead ("stays until May"), except after a post held: "worked at Y until October 2015" dates the move.
    [GeneratedRegex(@"(?:\bsince|\bsinds|\bsindsdien|(?<!\b(?:worked|served|led|ran|headed|managed|oversaw|was)\b[^.;]{0,60}?)\buntil|\btot|\bper|\bfounded|\bopgericht|\bfrom|\bvanaf|\bexpected|\bby the end of|\bvoor)\s+(?:(?:in|op)\s+)?(?:(?:the|de|het|begin|eind|early|late)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Excluding();

    [GeneratedRegex(@"^(?<n>a|one|two|three|four|five|\d|een|twee|drie|vier|vijf) (?<unit>weeks?|weken|months?|maanden?|maand|years?|jaar) (?:ago|geleden)$")]
    private static partial Regex AgoPattern();

    // "vertrekt per 1 juni", "stopt vanaf 1 juli", "effective July 1": before a calendar day these give the day a change takes
    // effect, unlike "per 2019" or "vanaf 2019" (since).
    [GeneratedRegex(@"\b(?:per|vanaf|met ingang van|as of|effective)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EffectiveDayBefore();

    // "in the spring of 2024", "in het najaar van 2023".
    [GeneratedRegex(@"\b(?:the |de |het )?(?<season>summer|zomer|spring|voorjaar|lente|autumn|fall|najaar|herfst|winter) (?:of|van) (?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SeasonOfYear();

    // "Ivo Roefs (1971) vertrekt": a year in brackets after a name is when the person was born.
    [GeneratedRegex(@"(?-i:\p{Lu}[\p{L}\-]+)\s+\((?:born |geboren |b\. |geb\. )?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BirthYear();

    // "werd in 2021 opgericht": a founding year, not a departure date.
    [GeneratedRegex(@"^\s+(?:opgericht|gesticht|founded)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FoundedAfter();

    private static Dictionary<string, int> BuildMonths()
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string[] en = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        string[] nl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
        for (var i = 0; i < 12; i++)
        {
            map[en[i]] = i + 1;
            map[nl[i]] = i + 1;
            map[en[i][..3]] = i + 1;
        }

        map["sept"] = 9;
        return map;
    }

    /// <summary>All date expressions in <paramref name="text"/>. <paramref name="lastDay"/> resolves "the same day".</summary>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? published, PartialDate? lastDay, bool futureTense = false)
    {
        // Relative dates count back or on from these by up to a year; a publication date at the very ends of the calendar
        // (front matter may say 0001-01-01) would make that arithmetic throw, and no news is dated there: ignore it.
        if (published is { Year: < 2 or > 9998 })
        {
            published = null;
        }

        if (lastDay is { Year: < 2 or > 9998 })
        {
            lastDay = null;
        }

        var found = new List<DateMention>();
        foreach (Match m in SeasonOfYear().Matches(text))
        {
            var q = Season(m.Groups["season"].Value.ToLowerInvariant());
            if (q is { } quarter)
            {
                found.Add(new DateMention(m.Index, m.Index + m.Length,
                    PartialDate.OfQuarter(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), quarter)));
            }
        }

        // "late 2024", "eind 2024", "by the end of the year", "eind dit jaar": the fourth quarter (the corpus convention).
        foreach (Match m in LateInYear().Matches(text))
        {
            var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : published?.Year;
            if (year is { } y)
            {
                found.Add(new DateMention(m.Index, m.Index + m.Length, PartialDate.OfQuarter(y, 4)));
            }
        }

        foreach (Match m in Relative().Matches(text))
        {
            if (found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length))
            {
                continue;
            }

            if (NextYear(m.Value.ToLowerInvariant()) && MonthRightBefore().IsMatch(text.AsSpan(0, m.Index)))
            {
                continue;
            }

            if (ResolveRelative(m.Value.ToLowerInvariant(), published, lastDay) is { } d)
            {
                found.Add(new DateMention(m.Index, m.Index + m.Length, d));
            }
        }

        foreach (Match m in Absolute().Matches(text))
        {
            var effectiveDay = m.Groups["day"].Success && EffectiveDayBefore().IsMatch(text[..m.Index]);
            if (found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length)
                || Excluding().IsMatch(text[..m.Index]) && !effectiveDay
                || FoundedAfter().IsMatch(text[(m.Index + m.Length)..])
                || !m.Groups["month"].Success && text.AsSpan(m.Index + m.Length).StartsWith(")") && BirthYear().IsMatch(text.AsSpan(0, m.Index)))
            {
                continue;
            }

            // "vertrekt per 1 juni" announces the day: a month after the publication's is this year's.
            if (ResolveAbsolute(m, text.AsSpan(m.Index + m.Length), published, futureTense || effectiveDay) is { } d)
            {
                found.Add(new DateMention(m.Index, m.Index + m.Length, d));
            }
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    [GeneratedRegex(@"\b(?:late|end of|at the end of|by the end of|eind|eind van|einde|aan het eind van|tegen het eind van)\s+(?<year>(?:19|20)\d{2})\b"
        + @"|\b(?:late|at the end of|by the end of|end of|towards the end of) (?:this|the) year\b|\b(?:by |at )?year-end\b|\b(?:eind|eind van|einde van|aan het eind van|tegen het eind van) (?:dit|het) jaar\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LateInYear();

    [GeneratedRegex(@"^,?\s+(?:next year|volgend jaar|komend jaar|het komende jaar)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NextYearAfter();

    private static PartialDate? ResolveAbsolute(Match m, ReadOnlySpan<char> after, DateOnly? published, bool futureTense)
    {
        var monthText = m.Groups["month"].Value;
        // English "May" only as a capitalised month; "may" is a verb.
        if (monthText is "may" or "Mar" && !m.Groups["day"].Success && !m.Groups["year"].Success)
        {
            return null;
        }

        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (m.Groups["q"].Success)
        {
            return PartialDate.OfQuarter(year!.Value, m.Groups["q"].Value[1] - '0');
        }

        if (!m.Groups["month"].Success)
        {
            return year is { } y ? PartialDate.OfYear(y) : null;
        }

        var month = MonthNumbers[monthText];
        // "per 1 maart volgend jaar", "on 1 March next year".
        if (year is null && published is { } p && NextYearAfter().IsMatch(after))
        {
            year = p.Year + 1;
        }

        year ??= InferYear(month, published, futureTense);
        if (year is null)
        {
            return null;
        }

        if (m.Groups["day"].Success)
        {
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            return day >= 1 && day <= DateTime.DaysInMonth(year.Value, month)
                ? PartialDate.OfDay(new DateOnly(year.Value, month, day))
                : null;
        }

        return PartialDate.OfMonth(year.Value, month);
    }

    // A month later in the year than publication was most likely last year ("in September", written in February). When the
    // sentence speaks of the future ("hij begint in september", "vertrekt per 1 maart") a later month is this year's, and an
    // earlier one is the nearer of this year's (news tells a recent step in the present tense) and next year's: "per 1 maart"
    // written in October is next March.
    private static int? InferYear(int month, DateOnly? published, bool futureTense) =>
        published is not { } p ? null
        : !futureTense ? (month <= p.Month ? p.Year : p.Year - 1)
        : month >= p.Month || p.Month - month <= month + 12 - p.Month ? p.Year : p.Year + 1;

    private static bool NextYear(string rel) =>
        rel.EndsWith("next year", StringComparison.Ordinal) || rel.EndsWith("volgend jaar", StringComparison.Ordinal) || rel.EndsWith("komend jaar", StringComparison.Ordinal);

    private static PartialDate? ResolveRelative(string rel, DateOnly? published, PartialDate? lastDay)
    {
        if (rel is "the same day" or "dezelfde dag")
        {
            return lastDay;
        }

        // "A day later", "de volgende dag": counted from the last date given to the day.
        if (rel.Contains("later", StringComparison.Ordinal) || rel.Contains("next day", StringComparison.Ordinal)
            || rel.Contains("following day", StringComparison.Ordinal) || rel.Contains("volgende dag", StringComparison.Ordinal)
            || rel.StartsWith("de dag ", StringComparison.Ordinal))
        {
            var n = rel.StartsWith("two", StringComparison.Ordinal) || rel.StartsWith("twee", StringComparison.Ordinal) ? 2
                : rel.StartsWith("three", StringComparison.Ordinal) || rel.StartsWith("drie", StringComparison.Ordinal) ? 3 : 1;
            return lastDay is { Precision: DatePrecision.Day } day
                ? PartialDate.OfDay(new DateOnly(day.Year, day.Month, day.Day).AddDays(n))
                : null;
        }

        if (published is not { } p)
        {
            return null;
        }

        // "in the second quarter", "in het derde kwartaal": this year's, unless that quarter has not started yet.
        if (rel.Contains("quarter", StringComparison.Ordinal) || rel.Contains("kwartaal", StringComparison.Ordinal))
        {
            var quarter = rel switch
            {
                _ when rel.Contains("first", StringComparison.Ordinal) || rel.Contains("eerste", StringComparison.Ordinal) => 1,
                _ when rel.Contains("second", StringComparison.Ordinal) || rel.Contains("tweede", StringComparison.Ordinal) => 2,
                _ when rel.Contains("third", StringComparison.Ordinal) || rel.Contains("derde", StringComparison.Ordinal) => 3,
                _ => 4,
            };
            var current = ((p.Month - 1) / 3) + 1;
            return PartialDate.OfQuarter(quarter > current ? p.Year - 1 : p.Year, quarter);
        }

        var ago = AgoPattern().Match(rel);
        if (ago.Success)
        {
            var n = ago.Groups["n"].Value switch { "a" or "one" or "een" => 1, "two" or "twee" => 2, "three" or "drie" => 3, "four" or "vier" => 4, "five" or "vijf" => 5, var d => int.Parse(d, CultureInfo.InvariantCulture) };
            // "two years ago": the year, as the conventions date "in 2024".
            if (ago.Groups["unit"].Value is var unit && (unit.StartsWith('y') || unit == "jaar"))
            {
                return PartialDate.OfYear(p.Year - n);
            }

            var when = ago.Groups["unit"].Value.StartsWith('w') ? p.AddDays(-7 * n) : p.AddMonths(-n);
            return PartialDate.OfMonth(when.Year, when.Month);
        }

        if (Weekday(rel) is { } weekday)
        {
            // "on Monday" in news: the most recent such day up to publication.
            var back = ((int)p.DayOfWeek - (int)weekday + 7) % 7;
            return PartialDate.OfDay(p.AddDays(-back));
        }

        if (rel.Contains("week", StringComparison.Ordinal))
        {
            var d = rel is "last week" or "vorige week" or "afgelopen week" ? p.AddDays(-7) : p;
            return PartialDate.OfMonth(d.Year, d.Month);
        }

        // Announcements: "verlaat het bedrijf volgende maand", "leaves early next year".
        if (rel is "next week" or "volgende week" or "komende week" or "next month" or "volgende maand" or "komende maand")
        {
            var d = rel.EndsWith("week", StringComparison.Ordinal) ? p.AddDays(7) : p.AddMonths(1);
            return PartialDate.OfMonth(d.Year, d.Month);
        }

        if (NextYear(rel))
        {
            return rel.StartsWith("early", StringComparison.Ordinal) || rel.StartsWith("begin", StringComparison.Ordinal) ? PartialDate.OfQuarter(p.Year + 1, 1)
                : rel.StartsWith("late", StringComparison.Ordinal) || rel.Contains("end of", StringComparison.Ordinal) || rel.Contains("eind", StringComparison.Ordinal) ? PartialDate.OfQuarter(p.Year + 1, 4)
                : PartialDate.OfYear(p.Year + 1);
        }

        if (rel is "yesterday" or "gisteren")
        {
            return PartialDate.OfDay(p.AddDays(-1));
        }

        if (rel.Contains("month", StringComparison.Ordinal) || rel.Contains("maand", StringComparison.Ordinal))
        {
            var d = rel is "last month" or "vorige maand" or "afgelopen maand" ? p.AddMonths(-1) : p;
            return PartialDate.OfMonth(d.Year, d.Month);
        }

        var season = Season(rel);
        if (season is { } q)
        {
            rel = rel.Replace("earlier ", string.Empty, StringComparison.Ordinal).Replace("eerder ", string.Empty, StringComparison.Ordinal)
                .Replace("later ", string.Empty, StringComparison.Ordinal).Replace("this past", "last", StringComparison.Ordinal);
            var past = rel.StartsWith("last", StringComparison.Ordinal) || rel.StartsWith("afgelopen", StringComparison.Ordinal)
                || rel.StartsWith("vorige", StringComparison.Ordinal) || rel.StartsWith("vorig", StringComparison.Ordinal);
            var seasonStartMonth = ((q - 1) * 3) + 1;
            var year = past && (p.Month < seasonStartMonth + 3 || rel.StartsWith("vorig", StringComparison.Ordinal)) ? p.Year - 1 : p.Year;
            if (!past && seasonStartMonth > p.Month && rel.StartsWith("in", StringComparison.Ordinal))
            {
                year = p.Year - 1;
            }

            return PartialDate.OfQuarter(year, q);
        }

        if (rel.Contains("last year", StringComparison.Ordinal) || rel.Contains("vorig", StringComparison.Ordinal) || rel == "afgelopen jaar")
        {
            if (rel.Contains("end", StringComparison.Ordinal) || rel.Contains("late", StringComparison.Ordinal) || rel.Contains("eind", StringComparison.Ordinal))
            {
                return PartialDate.OfMonth(p.Year - 1, 12);
            }

            return rel.Contains("early", StringComparison.Ordinal) || rel.Contains("begin", StringComparison.Ordinal)
                ? PartialDate.OfQuarter(p.Year - 1, 1)
                : PartialDate.OfYear(p.Year - 1);
        }

        return rel.Contains("early", StringComparison.Ordinal) || rel.Contains("begin", StringComparison.Ordinal) || rel.Contains("start", StringComparison.Ordinal)
            ? PartialDate.OfQuarter(p.Year, 1)
            : PartialDate.OfYear(p.Year);
    }

    private static DayOfWeek? Weekday(string rel)
    {
        string[][] names =
        [
            ["sunday", "zondag"], ["monday", "maandag"], ["tuesday", "dinsdag"], ["wednesday", "woensdag"],
            ["thursday", "donderdag"], ["friday", "vrijdag"], ["saturday", "zaterdag"],
        ];
        for (var d = 0; d < names.Length; d++)
        {
            if (names[d].Any(n => rel.EndsWith(n, StringComparison.Ordinal)))
            {
                return (DayOfWeek)d;
            }
        }

        return null;
    }

    private static int? Season(string rel)
    {
        if (rel.Contains("summer", StringComparison.Ordinal) || rel.Contains("zomer", StringComparison.Ordinal))
        {
            return 3;
        }

        if (rel.Contains("spring", StringComparison.Ordinal) || rel.Contains("voorjaar", StringComparison.Ordinal) || rel.Contains("lente", StringComparison.Ordinal))
        {
            return 2;
        }

        if (rel.Contains("autumn", StringComparison.Ordinal) || rel.Contains("fall", StringComparison.Ordinal) || rel.Contains("najaar", StringComparison.Ordinal) || rel.Contains("herfst", StringComparison.Ordinal))
        {
            return 4;
        }

        return rel.Contains("winter", StringComparison.Ordinal) ? 1 : null;
    }
}
