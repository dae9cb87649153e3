using System.Buffers;
using System.Text.RegularExpressions;
using TalentWatch.Extraction.Knowledge;

namespace TalentWatch.Extraction.Mentions;

/// <summary>Finds runs of capitalised words ("Joris van Leeuwen", "Cobalt Harbor AI", "xAI") and domain-style names ("bol.com") in a sentence.</summary>
internal static partial class MentionFinder
{
    // A capitalised word run into digits ("H100", "A17") is a model number, no part of a name.
    private static readonly Regex Token = new(
        @"(?<![\p{L}\p{M}\d])(?:(?:\p{Lu}\.){2,3}(?=\s(?:\p{Lu}\.\s)?\p{Lu}\p{Ll})|\p{Lu}\.(?=\s(?:\p{Lu}\.\s)?\p{Lu}\p{Ll})|\p{Lu}+&\p{Lu}+\b|(?>\p{Lu}[\p{L}\p{M}]*)(?!\d)|\p{Ll}{1,6}\p{Lu}[\p{L}\p{M}]*|\p{Ll}[\p{Ll}\d]{1,20}(?=\.(?:com|ai|io|nl|co)\b))(?:[-'’][\p{L}\p{M}\d]+)*(?:\.(?:com|ai|AI|io|nl|co)\b)?",
        ExtractionPatterns.Compilation | RegexOptions.CultureInvariant);

    private sealed record Tok(int Start, int End, string Text, bool Possessive, string? CompoundSuffix);

    public static IReadOnlyList<Mention> Find(string sentence, ExtractionKnowledge knowledge)
    {
        var tokens = new List<Tok>();
        foreach (Match m in Token.Matches(sentence))
        {
            var tok = Clean(m.Index, m.Value);
            if (tok is not null)
            {
                // Text copied from web pages often has a space before the possessive ("Mira Murati ’s startup").
                tokens.Add(!tok.Possessive && (DetachedPossessive().IsMatch(sentence.AsSpan(tok.End)) || IsPluralPossessive(sentence, tok)) ? tok with { Possessive = true } : tok);
            }
        }

        var mentions = new List<Mention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var group = new List<Tok> { tokens[i] };
            var j = i + 1;
            while (j < tokens.Count && !group[^1].Possessive && group[^1].CompoundSuffix is null && Joins(sentence, group, tokens[j].Start, tokens[j].Text, knowledge))
            {
                group.Add(tokens[j]);
                j++;
            }

            j = WithKnownPossessiveName(sentence, tokens, group, j, knowledge);
            AddMention(sentence, group, mentions, knowledge);
            i = j;
        }

        return mentions;
    }

    private static readonly SearchValues<char> NameBreaks = SearchValues.Create(",;:()\"\u201c\u201d");

    /// <summary>"King's College London", "Victoria's Secret": a possessive inside a known organisation's name does not end the
    /// name. Returns the index of the first token after the group.</summary>
    private static int WithKnownPossessiveName(string sentence, List<Tok> tokens, List<Tok> group, int next, ExtractionKnowledge knowledge)
    {
        if (!group[^1].Possessive || next >= tokens.Count)
        {
            return next;
        }

        for (var last = Math.Min(next + 2, tokens.Count - 1); last >= next; last--)
        {
            if (tokens[last].End - group[0].Start > 60 || sentence.AsSpan(group[0].Start, tokens[last].Start - group[0].Start).ContainsAny(NameBreaks))
            {
                continue;
            }

            if (knowledge.Organisation(sentence[group[0].Start..tokens[last].End]) is not null)
            {
                group.AddRange(tokens[next..(last + 1)]);
                return last + 1;
            }
        }

        return next;
    }

    /// <summary>"Databricks' head of research", "Philips' topman": a name ending in s takes the possessive as a bare apostrophe.
    /// Not the closing mark of a name set in single quotes ("the team it calls 'Orrery Systems' has left").</summary>
    private static bool IsPluralPossessive(string sentence, Tok tok)
    {
        if (tok.Text[^1] != 's' || tok.End + 1 >= sentence.Length || sentence[tok.End] is not ('\'' or '’') || !char.IsWhiteSpace(sentence[tok.End + 1]))
        {
            return false;
        }

        var quoted = false;
        for (var i = 0; i < tok.Start; i++)
        {
            var c = sentence[i];
            var letterBefore = i > 0 && char.IsLetterOrDigit(sentence[i - 1]);
            var letterAfter = i + 1 < sentence.Length && char.IsLetterOrDigit(sentence[i + 1]);
            if (c == '‘' || c == '\'' && !letterBefore && letterAfter)
            {
                quoted = true;
            }
            else if (c is '\'' or '’' && letterBefore && !letterAfter)
            {
                quoted = false;
            }
        }

        return !quoted;
    }

    /// <summary>Places written as initials ("U.S. President X"): not the initials of a name.</summary>
    private static readonly HashSet<string> PlaceInitials = new(["U.S.", "U.K.", "E.U.", "U.N.", "D.C.", "N.Y.", "L.A."], StringComparer.Ordinal);

    private static Tok? Clean(int start, string value)
    {
        if (PlaceInitials.Contains(value))
        {
            return null;
        }

        var possessive = false;
        if (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("’s", StringComparison.Ordinal))
        {
            value = value[..^2];
            possessive = true;
        }
        else if (value.EndsWith('\'') || value.EndsWith('’'))
        {
            value = value[..^1];
        }

        // "Ex-Google engineer X" opening a sentence: "Ex-" says former, as "ex-" does; the name starts after it.
        if (value.Length > 3 && value.StartsWith("Ex-", StringComparison.Ordinal) && char.IsUpper(value[3]))
        {
            start += 3;
            value = value[3..];
        }

        // "Co-founder Igor B." starts a sentence: a role, not a name.
        if (value.Contains('-', StringComparison.Ordinal) && Lexicon.RoleNouns.Contains(value))
        {
            return null;
        }

        string? suffix = null;
        var parts = value.Split('-');
        if (parts.Length > 1)
        {
            // Keep capitalised parts (Okonkwo-Ross, Mei-Ling); cut at a lower-case part or a role acronym (Polder-CEO, AI-bedrijf).
            var keep = 1;
            while (keep < parts.Length && parts[keep].Length > 0 && (char.IsUpper(parts[keep][0]) || char.IsDigit(parts[keep][0])) && !Lexicon.RoleAcronyms.Contains(parts[keep]))
            {
                keep++;
            }

            if (keep < parts.Length && !IsHyphenatedGivenName(parts))
            {
                suffix = string.Join('-', parts[keep..]);
                value = string.Join('-', parts[..keep]);
            }
        }

        return value.Length == 0 ? null : new Tok(start, start + value.Length, value, possessive, suffix);
    }

    // "Oh-hyun", "Jae-yong", "Ing-wen": a Korean or Chinese given name written as two syllables, the second in lower case. Not
    // "Tesla-baas", "Google-backed", "Philips-top": the first part of those is longer, or the second is a word.
    private static bool IsHyphenatedGivenName(string[] parts) =>
        parts.Length == 2 && parts[0].Length is >= 2 and <= 4 && parts[0].Skip(1).All(char.IsLower)
        && GivenNameSyllable().IsMatch(parts[1]) && !Lexicon.RoleAcronyms.Contains(parts[1]) && !NotASyllable.Contains(parts[1]);

    private static readonly HashSet<string> NotASyllable = new(["top", "ceo", "cto", "cfo", "coo", "led", "run", "app", "bot", "man", "men", "tak", "team"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:[bcdghjklmnprstwy]{0,2}[wy]?(?:ae|eo|eu|oe|ui|ee|oo|ou|ai|ao|ia|ua|uo|ie|a|e|i|o|u)(?:ng|n|k|l|m|p)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex GivenNameSyllable();

    private static bool Joins(string s, List<Tok> group, int nextStart, string next, ExtractionKnowledge knowledge)
    {
        // "Gillian Tans Got Fired as CEO": a title-case headline's verb ends the name before it.
        if (ExtractionKnowledge.HeadlineVerbs.Contains(next) || ExtractionKnowledge.HeadlineVerbs.Contains(group[^1].Text))
        {
            return false;
        }

        var gap = s[group[^1].End..nextStart];
        if (gap == " ")
        {
            return true;
        }

        // "Yuhuai (Tony) Wu", "Jonathan Paul ‘Jony’ Ive", "Andrew “Boz” Bosworth": a nickname in brackets or quotes inside a
        // person's name is part of the name as the article writes it.
        if (NicknameOpens(s, group, gap, nextStart, next, knowledge) || NicknameCloses(s, group, gap))
        {
            return true;
        }

        if (gap.Length < 3 || gap[0] != ' ' || gap[^1] != ' ')
        {
            return false;
        }

        // "Harrow & Finch", "Zeef & Zicht": an ampersand between capitalised words is one firm name. So is "of" after a school's
        // word: "University of Toronto", "Universiteit van Tilburg", "Institute of Technology".
        if (gap == " & " || gap is " of " or " van " or " de " && Lexicon.AcademicWords.Contains(group[^1].Text))
        {
            return true;
        }

        // "Belfiore de Corporate Vice President": after a particle comes a name, not a job title.
        if (knowledge.IsTitleWord(next))
        {
            return false;
        }

        // "Medewerkers van OpenAI zeggen ...": a known organisation after "van" is "of" it, not a surname; and "waarna hij
        // bij AMD de Zen-architectuur maakte": a known organisation does not begin a name with particles.
        var before = string.Join(' ', group.Select(t => t.Text));
        if ((knowledge.Organisation(next) is not null || knowledge.Organisation(before) is not null) && !knowledge.IsPerson(before + gap + next))
        {
            return false;
        }

        // "Chief Marketing Officer van Proximus": after a job title, "van" is "of", not a particle.
        if (knowledge.IsTitleWord(group[^1].Text))
        {
            return false;
        }

        // "Steve Van den Kerkhof", "Mark Van der Berg": a particle capitalised in Flemish style goes on, with its article, into
        // the surname.
        var words = gap.Trim().Split(' ');
        if (group.Count >= 2 && Lexicon.IsSurnameParticle(group[^1].Text) && words is [var article] && Lexicon.ParticleArticles.Contains(article))
        {
            return true;
        }

        // "Topman Michiel Herkemij van DE Master Blenders": after a given name and a surname, "van" is "of", not a particle.
        if (group.Count >= 2 && group.Take(group.Count - 1).Any(t => Lexicon.FirstNames.Contains(t.Text)) && !Lexicon.FirstNames.Contains(group[^1].Text))
        {
            return false;
        }

        // One particle ("El", "de") or a particle and an article ("van den", "van 't", "de la"); "al van" is not a name.
        return words.Length switch
        {
            1 => Lexicon.Particles.Contains(words[0]),
            2 => Lexicon.Particles.Contains(words[0]) && Lexicon.ParticleArticles.Contains(words[1]),
            _ => false,
        };
    }

    // "on LinkedIn", "op X", "via Threads"; not "brought on Veritas AI's X", the phrasal verb of a hire.
    [GeneratedRegex(@"(?<!\b(?:brought|brings|bring|bringing)\s)\b(?:on|op|via)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex PlatformBefore();

    // "in a Facebook post", "his LinkedIn profile", "a company blog post": the platform a statement appeared on.
    [GeneratedRegex(@"^\s+(?:blog\s+)?(?:post|posts|page|profile|account|feed|thread|video|livestream|status update)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlatformAfter();

    [GeneratedRegex(@"^ ['’]s(?![\p{L}\p{M}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DetachedPossessive();

    // Each opening mark with the marks that close it ("Tom ‘TAP' Petersen" mixes a curly and a straight quote).
    private static readonly Dictionary<string, string> NicknameBrackets = new(StringComparer.Ordinal)
    {
        [" ("] = ")", [" “"] = "”\"", [" ‘"] = "’'", [" \""] = "\"”", [" '"] = "'’",
    };

    // "Tony", or initials in capitals: "CJ", "TAP".
    [GeneratedRegex(@"\b(?:van|of|bij|at|from|for|voor)\s$", RegexOptions.CultureInvariant)]
    private static partial Regex PrepositionBefore();

    [GeneratedRegex(@"\p{L}\s+(?:and|en|&)\s$|\p{L},\s$", RegexOptions.CultureInvariant)]
    private static partial Regex ListedBefore();

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:\.|\s+\d{1,2}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAbbreviation();

    [GeneratedRegex(@"\G(?:\p{Lu}\p{Ll}{1,19}|\p{Lu}{2,4})(?![\p{L}\p{M}])", RegexOptions.CultureInvariant)]
    private static partial Regex NicknameWord();

    private static bool NicknameOpens(string s, List<Tok> group, string gap, int nextStart, string next, ExtractionKnowledge knowledge)
    {
        if (group.Count > 3 || !NicknameBrackets.TryGetValue(gap, out var close) || !IsNicknameWord(next) || !IsNicknameWord(group[^1].Text))
        {
            return false;
        }

        // The closing mark, a space and a capitalised surname: "(Tony) Wu", not "(Tony)" at the end or "(Tony) said".
        var after = nextStart + next.Length;
        if (after + 3 >= s.Length || !close.Contains(s[after], StringComparison.Ordinal) || s[after + 1] != ' ')
        {
            return false;
        }

        var surname = NicknameWord().Match(s, after + 2, Math.Min(s.Length - after - 2, 40));
        return surname.Success && !Lexicon.StopWords.Contains(surname.Value) && !Lexicon.Months.Contains(surname.Value) && !knowledge.IsTitleWord(surname.Value)
            && knowledge.Organisation(surname.Value) is null;
    }

    private static bool IsNicknameWord(string word) => NicknameWord().Match(word) is { Success: true } m && m.Length == word.Length;

    private static bool NicknameCloses(string s, List<Tok> group, string gap) =>
        group.Count >= 2 && gap.Length == 2 && gap[1] == ' '
        && NicknameBrackets.TryGetValue(s[group[^2].End..group[^1].Start], out var close) && close.Contains(gap[0], StringComparison.Ordinal);

    /// <summary>"Dan Leigh", "Per Olsen", "Elke Vanhoutte": a given name that is also a Dutch function word ("dan", "per",
    /// "elke") opens a name when a surname follows it; "Dan Google" or "Elke Nederlander" keep the word out.</summary>
    private static bool GivenNameBeforeSurname(List<Tok> group, int k, ExtractionKnowledge knowledge)
    {
        if (k != 0 || k + 1 >= group.Count || !ExtractionKnowledge.GivenNames.Contains(group[k].Text) || Lexicon.Months.Contains(group[k].Text))
        {
            return false;
        }

        var next = group[k + 1].Text;
        return !Lexicon.StopWords.Contains(next) && !Lexicon.Months.Contains(next) && !knowledge.IsTitleWord(next) && knowledge.Organisation(next) is null;
    }

    private static void AddMention(string sentence, List<Tok> group, List<Mention> mentions, ExtractionKnowledge knowledge)
    {
        // "de Amsterdamse taxicentrale TCA", "het Belgische bedrijf": a lone Dutch place adjective before a common noun
        // describes; the name, if any, comes after the noun.
        if (group.Count == 1 && IsLonePlaceAdjective(sentence, group[0]) && knowledge.Organisation(group[0].Text) is null)
        {
            return;
        }

        var placeAdjective = false;
        var k = 0;
        // Sentence-initial function words and role nouns ("Onderzoeker Demi Kuijpers") are not part of the name; nor is a verb
        // opening a list item ("Dana Whitlock: Left Veritas AI after eight years").
        // "De Nederlander X": a nationality noun is a title before a name, not a town adjective.
        while (k < group.Count && (Lexicon.StopWords.Contains(group[k].Text) && !GivenNameBeforeSurname(group, k, knowledge) || IsPlaceAdjective(sentence, group, k) && !knowledge.IsTitleWord(group[k].Text)
            || (k + 1 < group.Count && ExtractionKnowledge.HeadlineVerbs.Contains(group[k].Text))
            || (k + 1 < group.Count && Lexicon.RoleNouns.Contains(group[k].Text))))
        {
            // Before a given name it describes a person ("de Amerikaanse Tim Cook"), not a company.
            placeAdjective |= IsPlaceAdjective(sentence, group, k) && !knowledge.IsTitleWord(group[k].Text) && !Lexicon.FirstNames.Contains(group[k + 1].Text);
            k++;
        }

        if (k == group.Count || group.Count == 1 && ExtractionKnowledge.HeadlineVerbs.Contains(group[0].Text))
        {
            return;
        }

        var kept = group[k..];

        // "New York" must not lose its "New": a known phrase is looked up before the function words are stripped.
        var whole = Text(sentence, group);
        if (k > 0 && (knowledge.IsNotAName(whole) || knowledge.Organisation(whole) is not null))
        {
            kept = group;
        }

        kept = WithoutKnownNonNames(sentence, kept, knowledge);
        if (kept.Count == 0 || (IsShouted(kept) || IsDateline(sentence, kept)) && knowledge.Organisation(Text(sentence, kept)) is null)
        {
            return;
        }

        // "Channel 4", "Radio 538": a known name that ends in its number keeps it. Any other name with a number after it or a
        // Roman numeral at its end ("Orrery Quest 4", "Orrery Quest IV") is a product's, a game's or an event's, never a person's.
        if (NumberAfter().Match(sentence, kept[^1].End) is { Success: true } number
            && knowledge.Organisation(sentence[kept[0].Start..(number.Index + number.Length)]) is not null)
        {
            kept = [.. kept, new Tok(number.Index + 1, number.Index + number.Length, number.Value[1..], false, null)];
        }
        else if (IsNumbered(sentence, kept) && !kept.Any(t => Lexicon.FirstNames.Contains(t.Text)) && knowledge.Organisation(Text(sentence, kept)) is null)
        {
            return;
        }

        // "@GoogleDeepMind", "#AI": handles and hashtags are not how an article names someone.
        if (kept[0].Start > 0 && sentence[kept[0].Start - 1] is '@' or '#')
        {
            return;
        }

        // "a Software Engineering Intern", "Vice President": a run of title words only is a job title.
        if (kept.Count >= 2 && kept.All(t => knowledge.IsTitleWord(t.Text)) && knowledge.Organisation(Text(sentence, kept)) is null)
        {
            return;
        }

        // "(Chief) Enterprise Market Officer": a run that ends in a title's head and holds no given name is a job title.
        if (kept.Count >= 2 && Lexicon.TitleHeads.Contains(kept[^1].Text) && !kept.Any(t => Lexicon.FirstNames.Contains(t.Text))
            && knowledge.Organisation(Text(sentence, kept)) is null && !knowledge.IsPerson(Text(sentence, kept)))
        {
            // "Orrery Systems Vice President": a company's name before the title is still a name.
            var titleStart = kept.Count - 1;
            while (titleStart > 0 && knowledge.IsTitleWord(kept[titleStart - 1].Text))
            {
                titleStart--;
            }

            var company = kept[..titleStart];
            if (company.Count == 0 || !(knowledge.Organisation(Text(sentence, company)) is not null || Lexicon.OrgSuffixes.Contains(company[^1].Text)))
            {
                return;
            }

            kept = company;
        }

        // "Inc.'s GOOGL GOOG DeepMind": ticker symbols before a name.
        var tickers = 0;
        while (tickers + 1 < kept.Count && kept[tickers].Text.Length >= 3 && kept[tickers].Text.All(char.IsUpper) && knowledge.Organisation(kept[tickers].Text) is null)
        {
            tickers++;
        }

        if (tickers >= 2)
        {
            kept = kept[tickers..];
        }

        if (SplitAtTitle(sentence, kept, placeAdjective, mentions, knowledge) || SplitAfterOrganisation(sentence, kept, placeAdjective, mentions, knowledge))
        {
            return;
        }

        // "de Italiaan Maresh": the nationality describes the person named after it.
        if (kept.Count >= 2 && Lexicon.DemonymNouns.Contains(kept[0].Text) && !Lexicon.DemonymNouns.Contains(kept[1].Text))
        {
            kept = kept[1..];
        }

        // "Iraanse Amerikaan": nationality words only.
        if (kept.All(t => Lexicon.Demonyms.Contains(t.Text)))
        {
            return;
        }

        if (kept.Count == 1 && (Lexicon.OrgSuffixes.Contains(kept[0].Text) || Lexicon.Demonyms.Contains(kept[0].Text) || Lexicon.RoleAcronyms.Contains(kept[0].Text)
            || Lexicon.Months.Contains(kept[0].Text)))
        {
            return;
        }

        // "effective Jan. 31", "starting Sept. 1": an abbreviated month, where "Jan de Boer" is a name.
        if (kept.Count == 1 && MonthAbbreviation().IsMatch(sentence.AsSpan(kept[0].Start)))
        {
            return;
        }

        if (GivenNameAfterDepartment(sentence, kept, 0, knowledge) is > 0 and var givenAt && !(givenAt == 1 && FirstOfThreeNames(sentence, kept, knowledge)))
        {
            // "de topman van Kramsmit Joost Verhaar": after a preposition, a word that names no department is the company the
            // title belongs to, run together with the person's name.
            if (!Lexicon.DepartmentWords.Contains(kept[givenAt - 1].Text) && !kept[..givenAt].Any(t => knowledge.IsTitleWord(t.Text))
                && PrepositionBefore().IsMatch(sentence.AsSpan(0, kept[0].Start)))
            {
                AddRun(sentence, kept[..givenAt], placeAdjective, mentions);
            }

            kept = kept[givenAt..];
        }

        // "verliet Aylin Yildiz Kompas AI": a given name and a company suffix in one run of capitals are two names.
        if (kept.Count >= 4 && Lexicon.FirstNames.Contains(kept[0].Text.Split('-')[0]) && Lexicon.OrgSuffixes.Contains(kept[^1].Text))
        {
            AddRun(sentence, kept[..2], false, mentions);
            AddRun(sentence, kept[2..], false, mentions);
            return;
        }

        // "Microsofts AI-assistent": a company suffix glued to a common noun is a modifier, not part of the name.
        if (kept.Count >= 2 && kept[^1].CompoundSuffix is { } glued && glued.Length > 0 && char.IsLower(glued[0]) && !Lexicon.RoleNouns.Contains(glued) && Lexicon.OrgSuffixes.Contains(kept[^1].Text))
        {
            kept = kept[..^1];
        }

        // Dutch genitive of a known employer: "Microsofts", "Googles".
        if (kept.Count == 1 && kept[0].Text.Length > 3 && kept[0].Text.EndsWith('s') && !kept[0].Possessive
            && knowledge.Organisation(kept[0].Text[..^1]) is not null && knowledge.Organisation(kept[0].Text) is null)
        {
            var t = kept[0];
            kept = [t with { End = t.End - 1, Text = t.Text[..^1], Possessive = true }];
        }

        AddRun(sentence, kept, placeAdjective, mentions);
    }

    private static bool IsNumbered(string sentence, List<Tok> run) =>
        HasVersionNumber(sentence.AsSpan(run[^1].End)) || run.Count >= 2 && RomanNumeral().IsMatch(run[^1].Text);

    /// <summary>Whether the text right after a name opens with a number of one to three digits ("Mario Kart 8", "Channel 4"),
    /// not an amount ("4.5", "3,000", "40%").</summary>
    internal static bool HasVersionNumber(ReadOnlySpan<char> after) => NumberAfter().IsMatch(after);

    [GeneratedRegex(@"\G\s\d{1,3}\b(?![.,:/]\d|%)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAfter();

    [GeneratedRegex(@"^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();

    private static string Text(string sentence, List<Tok> run) => sentence[run[0].Start..run[^1].End];

    // "PALO ALTO", "GOOGL GOOG": datelines and tickers, not names.
    // "FHV BBDO" is two acronyms, a name; "OPENAI CEO FIRED" is a headline shouted.
    private static bool IsShouted(List<Tok> run) =>
        run.Count >= 2 && run.All(t => t.Text.Length >= 2 && t.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        && !(run.Count == 2 && run.All(t => t.Text.Length is >= 3 and <= 4 && !Lexicon.RoleAcronyms.Contains(t.Text)));

    // "VELDHOVEN (ANP) - Kramsmit wil ...", "DELFT - ": a town in capitals opening the text before an agency or a dash.
    // The agency in its brackets goes with it: "(ANP)", "(AFP)".
    private static bool IsDateline(string sentence, List<Tok> run) =>
        run.Count == 1 && run[0].Text.Length >= 3 && run[0].Text.All(c => !char.IsLetter(c) || char.IsUpper(c))
        && (run[0].Start == 0 && run[0].Text.Length >= 4 && DatelineAfter().IsMatch(sentence.AsSpan(run[0].End))
            || DatelineAgencyBefore().IsMatch(sentence.AsSpan(0, run[0].Start)) && AgencyAfter().IsMatch(sentence.AsSpan(run[0].End)));

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\-]+(?:\s+\p{Lu}[\p{Lu}\-]+)?\s*\($", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineAgencyBefore();

    [GeneratedRegex(@"^\)\s*[-–—]\s", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyAfter();

    [GeneratedRegex(@"^\s*(?:\(\p{Lu}[\p{Lu}/ ]*\)\s*)?[-–—]\s", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineAfter();

    /// <summary>Drops a run that is a known non-name ("Silicon Valley", "Machine Learning") and a known place or phrase
    /// run together with a name ("Amsterdam Matt Swann").</summary>
    private static List<Tok> WithoutKnownNonNames(string sentence, List<Tok> run, ExtractionKnowledge knowledge)
    {
        if (knowledge.IsNotAName(Text(sentence, run)) && knowledge.Organisation(Text(sentence, run)) is null)
        {
            return [];
        }

        // "Muziekstreamingdienst Spotify", "Betaalbedrijf Adyen": a Dutch compound that ends in a company noun describes the name
        // after it.
        if (run.Count >= 2 && knowledge.IsCompanyDescriptor(run[0].Text) && knowledge.Organisation(run[0].Text) is null
            && knowledge.Organisation(Text(sentence, run)) is null)
        {
            return run[1..];
        }

        // "Techreus Apple", "Chipmaker Nvidia": a descriptor opening a sentence is capitalised too.
        for (var cut = run.Count - 1; cut >= 1; cut--)
        {
            // "Milan Kovac", "Florence Lee": a place that is also a given name, before one more name, opens a person's name.
            if (cut == 1 && run.Count == 2 && Lexicon.FirstNames.Contains(run[0].Text) && !knowledge.IsNotAName(run[1].Text))
            {
                continue;
            }

            // "Brussels Airlines", "Dublin Bank": a place before nothing but firm words names the firm.
            if (knowledge.IsNotAName(Text(sentence, run[..cut])) && knowledge.Organisation(Text(sentence, run)) is null
                && !(knowledge.IsPlace(Text(sentence, run[..cut])) && run[cut..].All(t => Lexicon.OrgSuffixes.Contains(t.Text))))
            {
                return run[cut..];
            }
        }

        return run;
    }

    /// <summary>"OpenAI Jan Leike": a known organisation run together with the name after it is two names.</summary>
    private static bool SplitAfterOrganisation(string sentence, List<Tok> run, bool placeAdjective, List<Mention> mentions, ExtractionKnowledge knowledge)
    {
        if (run.Count < 3 || knowledge.Organisation(Text(sentence, run)) is not null)
        {
            return false;
        }

        for (var cut = run.Count - 2; cut >= 1; cut--)
        {
            if (!run[cut - 1].Possessive && knowledge.Organisation(Text(sentence, run[..cut])) is not null
                && knowledge.Organisation(Text(sentence, run[cut..])) is null && !Lexicon.OrgSuffixes.Contains(run[^1].Text))
            {
                AddRun(sentence, run[..cut], placeAdjective, mentions);
                // "bij Ajax Cape Town": a known place after the company names no one.
                if (!knowledge.IsNotAName(Text(sentence, run[cut..])))
                {
                    AddRun(sentence, run[cut..], false, mentions);
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>"Covariant CEO Peter Chen", "Chief Financial Officer Mike Liberatore", "Tesla Director": a capitalised title
    /// inside a run separates the company (before it) from the person (after it); the title itself is neither.</summary>
    private static bool SplitAtTitle(string sentence, List<Tok> run, bool placeAdjective, List<Mention> mentions, ExtractionKnowledge knowledge)
    {
        if (run.Count < 2 || knowledge.Organisation(Text(sentence, run)) is not null || knowledge.IsPerson(Text(sentence, run)))
        {
            return false;
        }

        var nameStart = run.Count;
        while (nameStart > 0 && !knowledge.IsTitleWord(run[nameStart - 1].Text))
        {
            nameStart--;
        }

        if (nameStart == 0)
        {
            return false;
        }

        var titleStart = nameStart;
        while (titleStart > 0 && knowledge.IsTitleWord(run[titleStart - 1].Text))
        {
            titleStart--;
        }

        // "Scale AI CEO ...": an organisation suffix right after a company word belongs to the company.
        while (titleStart > 0 && titleStart < nameStart && Lexicon.OrgSuffixes.Contains(run[titleStart].Text))
        {
            titleStart++;
        }

        var title = run[titleStart..nameStart];
        // "(VP of) Research Barret Zoph": a title word opening the run before a known name, or a given name and a surname, is the
        // end of a title.
        var titleBeforeGivenName = titleStart == 0 && run.Count - nameStart >= 2
            && (Lexicon.FirstNames.Contains(run[nameStart].Text) || knowledge.IsPerson(Text(sentence, run[nameStart..])));
        // "chief executive of Rambus Dr. Ron Black": "Dr" ending the run belongs to the name after the full stop. (It is no title
        // head: a run ending in one, "Rambus Dr", would be read as a job title and dropped before this split.)
        var trailingHonorific = nameStart == run.Count && titleStart > 0 && title.Count == 1 && title[0].Text == "Dr";
        if (title.Count == 0 || !(title.Any(t => knowledge.IsTitleHead(t.Text)) || titleBeforeGivenName || trailingHonorific))
        {
            return false;
        }

        nameStart = GivenNameAfterDepartment(sentence, run, nameStart, knowledge);
        var name = run[nameStart..];
        if (name.Count == 1 && titleStart > 0)
        {
            // "Tesla Director Karpathy" is rare; "X CEO Y" with one word after is a company and a surname.
            name = [];
        }

        if (titleStart > 0)
        {
            AddRun(sentence, run[..titleStart], placeAdjective, mentions);
        }

        if (name.Count >= 2 || (name.Count == 1 && titleStart == 0 && knowledge.Organisation(name[0].Text) is null))
        {
            AddRun(sentence, name, false, mentions);
        }

        return true;
    }

    /// <summary>"CEO for Advertising and Web Services Mikhail Parakhin", "Chief Corporate Development Ann Caluwaerts": capitalised
    /// words of a department before a given name and a surname are not part of the name. Returns where the name starts.</summary>
    private static int GivenNameAfterDepartment(string sentence, List<Tok> run, int from, ExtractionKnowledge knowledge)
    {
        if (run.Count - from < 3 || knowledge.IsPerson(Text(sentence, run[from..])) || knowledge.Organisation(Text(sentence, run[from..])) is not null)
        {
            return from;
        }

        // "Global Head of HR Lena Marsh": a department in capitals after a title's "of" ends the title, whatever the given name.
        if (run.Count - from == 3 && run[from].Text is { Length: 2 } acronym && acronym.All(char.IsUpper) && Lexicon.Departments.Contains(acronym)
            && PrepositionBefore().IsMatch(sentence.AsSpan(0, run[from].Start)) && !Lexicon.StopWords.Contains(run[from + 1].Text)
            && !Lexicon.OrgSuffixes.Contains(run[^1].Text) && knowledge.Organisation(Text(sentence, run[(from + 1)..])) is null)
        {
            return from + 1;
        }

        for (var i = from + 1; i <= run.Count - 2; i++)
        {
            // "Yuhuai “Tony” Wu": a given name in quotes or brackets is a nickname inside the name, not where it starts.
            if (Lexicon.FirstNames.Contains(run[i].Text) && !NicknameBrackets.ContainsKey(sentence[run[i - 1].End..run[i].Start]))
            {
                var department = run[from..i];
                return department.Any(t => Lexicon.FirstNames.Contains(t.Text) || Lexicon.Particles.Contains(t.Text) || knowledge.Organisation(t.Text) is not null)
                    || knowledge.Organisation(Text(sentence, department)) is not null ? from : i;
            }
        }

        return from;
    }

    /// <summary>"co-founders A and Yuhuai Tony Wu": in a list of names, one unknown word before a given name and a surname,
    /// naming no role, department, title or organisation, is the first of three names, not a department run into them.</summary>
    private static bool FirstOfThreeNames(string sentence, List<Tok> run, ExtractionKnowledge knowledge)
    {
        var first = run[0].Text;
        return run.Count == 3 && ListedBefore().IsMatch(sentence.AsSpan(0, run[0].Start))
            && first.All(char.IsLetter) && !first.Skip(1).Any(char.IsUpper)
            && !Lexicon.RoleNouns.Contains(first) && !Lexicon.DepartmentWords.Contains(first) && !Lexicon.Departments.Contains(first)
            && !knowledge.IsTitleWord(first) && knowledge.Organisation(first) is null && !knowledge.IsNotAName(first);
    }

    private static void AddRun(string sentence, List<Tok> kept, bool placeAdjective, List<Mention> mentions)
    {
        var start = kept[0].Start;
        var end = kept[^1].End;
        mentions.Add(new Mention(start, end, sentence[start..end], kept.Count, kept[^1].Possessive, kept[^1].CompoundSuffix, placeAdjective)
        {
            OnPlatform = PlatformBefore().IsMatch(sentence.AsSpan(0, start)) || PlatformAfter().IsMatch(sentence.AsSpan(end)),
        });
    }

    // "het Groningse Noordlicht AI": the town adjective is not part of the name.
    private static bool IsLonePlaceAdjective(string sentence, Tok token)
    {
        var t = token.Text;
        if (!(t.EndsWith("se", StringComparison.Ordinal) || t.EndsWith("sche", StringComparison.Ordinal)) || t.Length < 5
            || token.End + 1 >= sentence.Length || sentence[token.End] != ' ' || !char.IsLower(sentence[token.End + 1]))
        {
            return false;
        }

        var before = sentence[..token.Start];
        return before.EndsWith(" de ", StringComparison.Ordinal) || before.EndsWith(" het ", StringComparison.Ordinal)
            || before.EndsWith(" een ", StringComparison.Ordinal) || before is "De " or "Het " or "Een ";
    }

    private static bool IsPlaceAdjective(string sentence, List<Tok> group, int k)
    {
        var t = group[k].Text;
        // Dutch town adjectives: "Groningse", "Rotterdamsche", and the uninflected "-er" form ("het Leeuwarder X").
        if (k + 1 >= group.Count || !(t.EndsWith("se", StringComparison.Ordinal) || t.EndsWith("sche", StringComparison.Ordinal)
            || t.EndsWith("er", StringComparison.Ordinal) && t.Length > 4 && !Lexicon.FirstNames.Contains(t)))
        {
            return false;
        }

        // "de Veldstadse Omroep", "de Leeuwarder Courant": before a lone firm word the adjective is the name.
        if (k + 2 == group.Count && Lexicon.OrgSuffixes.Contains(group[k + 1].Text))
        {
            return false;
        }

        // "volgt Colombiaans-Italiaanse Maximo Ibarra op": a compound nationality before a given name describes the person.
        if (t.Contains('-', StringComparison.Ordinal) && !t.EndsWith("er", StringComparison.Ordinal) && Lexicon.FirstNames.Contains(group[k + 1].Text))
        {
            return true;
        }

        var before = sentence[..group[k].Start].TrimEnd();
        return k > 0 && group[k - 1].Text is "Het" or "De" or "Een"
            || before.EndsWith(" het", StringComparison.Ordinal) || before.EndsWith(" de", StringComparison.Ordinal)
            || before.EndsWith(" een", StringComparison.Ordinal);
    }
}
