using System.Text.RegularExpressions;
using TalentWatch.Extraction.Knowledge;

namespace TalentWatch.Extraction.Departures;

/// <summary>A sentence written for a rule of Knowledge/triggers.tsv and the departure it must give.</summary>
internal sealed record TriggerExample(string Language, string Sentence, string? Person, string From, string? To, int Line, int RuleLine);

/// <summary>
/// The constructions the extractor reads as departures, loaded from Knowledge/triggers.tsv: rules in the order they are
/// tried, per language, with the markers that introduce the company left and the destination, and the examples that run
/// as tests. The file's header explains the format.
/// </summary>
internal sealed class TriggerTable
{
    private const string File = "triggers.tsv";

    private TriggerTable(IReadOnlyList<TriggerRule> english, IReadOnlyList<TriggerRule> dutch, IReadOnlyList<TriggerExample> examples)
    {
        English = english;
        Dutch = dutch;
        Examples = examples;
        EnglishPrefilter = new TriggerPrefilter(english);
        DutchPrefilter = new TriggerPrefilter(dutch);
    }

    public IReadOnlyList<TriggerRule> English { get; }

    public IReadOnlyList<TriggerRule> Dutch { get; }

    public TriggerPrefilter EnglishPrefilter { get; }

    public TriggerPrefilter DutchPrefilter { get; }

    public IReadOnlyList<TriggerExample> Examples { get; }

    public static TriggerTable Shipped(RegexOptions options) => Parse(ExtractionKnowledge.Resource(File), options);

    /// <param name="matchTimeout">How long one match may take (<see cref="ExtractionPatterns.MatchTimeout"/> unless a test asks
    /// for less).</param>
    public static TriggerTable Parse(string content, RegexOptions options, TimeSpan? matchTimeout = null)
    {
        var timeout = matchTimeout ?? ExtractionPatterns.MatchTimeout;
        var markers = new Dictionary<string, Regex>(StringComparer.Ordinal);
        var english = new List<TriggerRule>();
        var dutch = new List<TriggerRule>();
        var examples = new List<TriggerExample>();
        string? lastLanguage = null;
        var lastRule = 0;
        foreach (var (line, number) in ExtractionKnowledge.DataLines(content))
        {
            var cols = line.Split('\t');
            switch (cols[0])
            {
                case "marker" when cols.Length == 3 && cols[1].Length > 0:
                    if (!markers.TryAdd(cols[1], Compile(cols[2], options, timeout, number)))
                    {
                        throw Problem(number, $"marker '{cols[1]}' is defined twice");
                    }

                    break;
                case "rule" when cols.Length == 7:
                    {
                        if (!Enum.TryParse<TriggerKind>(cols[2], ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
                        {
                            throw Problem(number, $"unknown kind '{cols[2]}'");
                        }

                        var flags = cols[5] == "-" ? [] : cols[5].Split(',', StringSplitOptions.TrimEntries);
                        var unknownFlag = flags.FirstOrDefault(f => f is not ("DirectObjectIsFrom" or "DirectObjectIsTo" or "RequiresDestination" or "RequiresCompanyLeft" or "PossessorLeaves"));
                        if (unknownFlag is not null)
                        {
                            throw Problem(number, $"unknown flag '{unknownFlag}'");
                        }

                        var rule = new TriggerRule(
                            Compile(cols[6], options, timeout, number),
                            kind,
                            Marker(cols[3], markers, options, timeout, number),
                            Marker(cols[4], markers, options, timeout, number),
                            DirectObjectIsFrom: flags.Contains("DirectObjectIsFrom"),
                            DirectObjectIsTo: flags.Contains("DirectObjectIsTo"),
                            RequiresDestination: flags.Contains("RequiresDestination"),
                            RequiresCompanyLeft: flags.Contains("RequiresCompanyLeft"),
                            PossessorLeaves: flags.Contains("PossessorLeaves"));
                        (cols[1] switch
                        {
                            "en" => english,
                            "nl" => dutch,
                            _ => throw Problem(number, $"unknown language '{cols[1]}' (en or nl)"),
                        }).Add(rule);
                        lastLanguage = cols[1];
                        lastRule = number;
                        break;
                    }

                case "example" when cols.Length == 3:
                    examples.Add(Example(lastLanguage ?? throw Problem(number, "an example must follow a rule"), cols[1], cols[2], number, lastRule));
                    break;
                default:
                    throw Problem(number, $"expected 'marker NAME PATTERN', 'rule LANGUAGE KIND FROM TO FLAGS PATTERN' or 'example SENTENCE PERSON | FROM -> TO', separated by tabs");
            }
        }

        return new TriggerTable(english, dutch, examples);
    }

    private static TriggerExample Example(string language, string sentence, string expected, int number, int ruleLine)
    {
        // "Dana Whitlock | Veritas AI -> Cohere"; "none" for no person or no destination.
        var bar = expected.Split('|', 2, StringSplitOptions.TrimEntries);
        var arrow = bar.Length == 2 ? bar[1].Split("->", 2, StringSplitOptions.TrimEntries) : [];
        if (sentence.Trim().Length == 0 || arrow.Length != 2 || arrow[0].Length == 0)
        {
            throw Problem(number, "an example is 'example<TAB>SENTENCE<TAB>PERSON | FROM -> TO'");
        }

        return new TriggerExample(language, sentence, bar[0] == "none" ? null : bar[0], arrow[0], arrow[1] == "none" ? null : arrow[1], number, ruleLine);
    }

    private static Regex? Marker(string text, Dictionary<string, Regex> markers, RegexOptions options, TimeSpan timeout, int number) => text switch
    {
        "-" => null,
        ['@', .. var name] => markers.TryGetValue(name, out var marker) ? marker : throw Problem(number, $"unknown marker '@{name}' (define it on a marker line above)"),
        _ => Compile(text, options, timeout, number),
    };

    private static Regex Compile(string pattern, RegexOptions options, TimeSpan timeout, int number)
    {
        try
        {
            return new Regex(pattern, options, timeout);
        }
        catch (ArgumentException e)
        {
            throw Problem(number, $"not a valid pattern: {e.Message}");
        }
    }

    private static FormatException Problem(int number, string message) => new($"{File}:{number}: {message}");
}
