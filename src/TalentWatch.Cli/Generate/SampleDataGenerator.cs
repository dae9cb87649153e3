using System.Globalization;
using System.Text;
using CsvHelper;

namespace TalentWatch.Cli.Generate;

/// <summary>What <see cref="SampleDataGenerator"/> wrote.</summary>
public sealed record GeneratedFiles(string Companies, string Headcounts, string Departures, int CompanyRows, int HeadcountRows, int DepartureRows);

/// <summary>
/// Invented but realistic data for demos and benchmarks: made-up company and person names (syllable pairs, never real ones),
/// aliases in other case and with accents, founding teams (some sizes missing), headcount snapshots (some companies without),
/// departures over the four calendar years up to <c>until</c> at every precision (none after it), a share reported twice
/// (day, then month precision), boomerangs (a founder among them may leave twice, still one founder), founder departures
/// drawn from each company's founding team only (never more distinct founders than founding_team_size).
/// The same seed and until date give the same files.
/// </summary>
public static class SampleDataGenerator
{
    private static readonly string[] CompanyHeads = ["Zen", "Quor", "Vel", "Astra", "Nym", "Orb", "Kael", "Lum", "Thal", "Virel", "Xan", "Brio", "Cyr", "Dov", "Ember", "Fal", "Gryph", "Hel", "Ion", "Jor"];
    private static readonly string[] CompanyTails = ["ara", "ix", "ova", "eon", "ium", "ora", "yth", "ant", "ique", "os"];
    private static readonly string[] CompanyKinds = ["Labs", "AI", "Systems", "Research", "Intelligence", "Robotics", "Dynamics", "Works"];
    private static readonly string[] FirstNames = ["Ilsa", "Maro", "Teodor", "Yuna", "Bram", "Soraya", "Kofi", "Lieke", "Anouk", "Radu", "Esmé", "Joris", "Nadia", "Tomasz", "Greta", "Idris", "Marit", "Oskar", "Priya", "Renée", "Sem", "Vesna", "Wout", "Zofia"];
    private static readonly string[] SurnameHeads = ["Van", "Kor", "Bel", "Dra", "Mil", "Os", "Ters", "Hal", "Qui", "Rav", "Sel", "Ulm", "Wyn", "Zed", "Fenn"];
    private static readonly string[] SurnameTails = ["dijk", "ovic", "stra", "berg", "ani", "elli", "ström", "acre", "wood", "mann", "ssen", "ard"];
    private static readonly string[] Roles = ["Research Scientist", "Member of Technical Staff", "Head of Research", "CTO", "Staff Engineer", "Research Engineer", "VP Engineering", "Chief Scientist"];

    /// <param name="directory">Where companies.csv, headcounts.csv and departures.csv are written.</param>
    /// <param name="companies">How many companies (at least 2).</param>
    /// <param name="departures">How many departure rows.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="until">The last day a departure may fall on; null is today (UTC), so pass it for the same files on another day.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    public static async Task<GeneratedFiles> WriteAsync(string directory, int companies, int departures, int seed, DateOnly? until = null, CancellationToken cancellationToken = default)
    {
        var lastDay = until ?? DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        ArgumentOutOfRangeException.ThrowIfLessThan(companies, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(departures);
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        var names = CompanyNames(companies);
        var firstWords = names.GroupBy(FirstWord, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var founded = names.Select(_ => new DateOnly(lastDay.Year - 11 + random.Next(10), 1 + random.Next(12), 1 + random.Next(28))).ToArray();
        int?[] teamSizes = [.. names.Select(_ => random.NextDouble() < 0.1 ? (int?)null : 2 + random.Next(14))];

        var companiesPath = Path.Combine(directory, "companies.csv");
        await using (var csv = CsvWriter.ToFile(companiesPath, CsvWriterOptions.Default with { NewLine = "\n" }))
        {
            csv.WriteHeader(["name", "aliases", "founded", "founding_team_size"]);
            for (var i = 0; i < companies; i++)
            {
                csv.WriteField(names[i]);
                csv.WriteField(string.Join(';', Aliases(names[i], firstWords, random)));
                csv.WriteField(founded[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(teamSizes[i]?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                await csv.EndRecordAsync(cancellationToken);
            }
        }

        var headcountsPath = Path.Combine(directory, "headcounts.csv");
        var headcountRows = 0;
        await using (var csv = CsvWriter.ToFile(headcountsPath, CsvWriterOptions.Default with { NewLine = "\n" }))
        {
            csv.WriteHeader(["company", "as_of", "headcount"]);
            for (var i = 0; i < companies; i++)
            {
                if (random.NextDouble() < 0.15)
                {
                    continue; // missing headcount
                }

                var headcount = 20 + random.Next(2000);
                for (var year = lastDay.Year - 4; year <= lastDay.Year; year++)
                {
                    var asOf = new DateOnly(year, 1 + (3 * random.Next(4)), 1);
                    csv.WriteField(names[i]);
                    csv.WriteField((asOf > lastDay ? lastDay : asOf).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    headcount = Math.Max(5, headcount + random.Next(-headcount / 5, (headcount / 3) + 2));
                    csv.WriteField(headcount.ToString(CultureInfo.InvariantCulture));
                    await csv.EndRecordAsync(cancellationToken);
                    headcountRows++;
                }
            }
        }

        // Founders: each company's named founding team, drawn from its own people.
        var founders = new List<string>[companies];
        var personCounter = 0;
        for (var i = 0; i < companies; i++)
        {
            founders[i] = [.. Enumerable.Range(0, teamSizes[i] ?? 3).Select(_ => PersonName(personCounter++))];
        }

        var departuresPath = Path.Combine(directory, "departures.csv");
        var written = 0;
        var earlier = new List<(string Person, int Company, DateOnly Day, bool Founder)>();
        await using (var csv = CsvWriter.ToFile(departuresPath, CsvWriterOptions.Default with { NewLine = "\n" }))
        {
            csv.WriteHeader(["person", "from", "to", "date", "role", "founder", "source_url"]);
            var start = new DateOnly(lastDay.Year - 3, 1, 1);
            var days = lastDay.DayNumber - start.DayNumber + 1;
            while (written < departures)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var roll = random.NextDouble();
                string person;
                int company;
                DateOnly day;
                string date;
                bool? founder;
                if (roll < 0.1 && earlier.Count > 0)
                {
                    // The same departure reported again at month precision (and sometimes a different spelling of the company).
                    (person, company, day, _) = earlier[random.Next(earlier.Count)];
                    date = day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                    founder = null;
                }
                else
                {
                    company = Skewed(random, companies);
                    day = start.AddDays(random.Next(days));
                    var isFounder = random.NextDouble() < 0.08 && founders[company].Count > 0;
                    founder = isFounder ? true : random.NextDouble() < 0.3 ? null : false;
                    person = isFounder
                        ? founders[company][random.Next(founders[company].Count)]
                        : random.NextDouble() < 0.03 ? string.Empty : PersonName(personCounter++);
                    if (roll > 0.995 && earlier.Count > 0)
                    {
                        // A boomerang: someone who left before leaves the same company again, a year or more later (not
                        // after until). A founder stays a founder of that company; anyone else is never made one.
                        var (again, from, before, wasFounder) = earlier[random.Next(earlier.Count)];
                        var later = before.AddDays(400 + random.Next(300));
                        if (later <= lastDay)
                        {
                            (person, company, day) = (again, from, later);
                            isFounder = wasFounder;
                            founder = wasFounder ? true : random.NextDouble() < 0.3 ? null : false;
                        }
                    }

                    date = DateText(day, random);
                    if (person.Length > 0 && date.Length == 10)
                    {
                        earlier.Add((person, company, day, isFounder));
                    }
                }

                var destination = random.NextDouble() < 0.2 ? string.Empty : names[Skewed(random, companies)];
                csv.WriteField(person);
                csv.WriteField(random.NextDouble() < 0.1 ? Respell(names[company]) : names[company]);
                csv.WriteField(destination == names[company] ? string.Empty : destination);
                csv.WriteField(date);
                csv.WriteField(random.NextDouble() < 0.25 ? string.Empty : Roles[random.Next(Roles.Length)]);
                csv.WriteField(founder switch { true => "true", false => "false", null => string.Empty });
                csv.WriteField($"https://news.example.org/{written + 1}");
                await csv.EndRecordAsync(cancellationToken);
                written++;
            }
        }

        return new GeneratedFiles(companiesPath, headcountsPath, departuresPath, companies, headcountRows, written);
    }

    private static List<string> CompanyNames(int count)
    {
        var names = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var n = 0; names.Count < count; n++)
        {
            var head = CompanyHeads[n % CompanyHeads.Length];
            var tail = CompanyTails[n / CompanyHeads.Length % CompanyTails.Length];
            var kind = CompanyKinds[n / (CompanyHeads.Length * CompanyTails.Length) % CompanyKinds.Length];
            var round = n / (CompanyHeads.Length * CompanyTails.Length * CompanyKinds.Length);
            var name = round == 0 ? $"{head}{tail} {kind}" : $"{head}{tail} {kind} {round + 1}";
            if (seen.Add(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>
    /// Another case of the name, and the first word ("Zenara" for "Zenara Labs") only when no other company's name starts
    /// with it: an alias names one company, so a shared one would make the import merge those companies (and their founders).
    /// </summary>
    private static IEnumerable<string> Aliases(string name, Dictionary<string, int> firstWords, Random random)
    {
        if (random.NextDouble() < 0.5)
        {
            yield return name.ToUpperInvariant();
        }

        if (random.NextDouble() < 0.3 && firstWords[FirstWord(name)] == 1)
        {
            yield return FirstWord(name);
        }
    }

    private static string FirstWord(string name) => name.Split(' ')[0];

    /// <summary>The same name in another case and with accents: resolves to the same company.</summary>
    private static string Respell(string name) =>
        new StringBuilder(name.ToLowerInvariant()).Replace('e', 'é').Replace('a', 'á').ToString();

    private static string PersonName(int n) =>
        $"{FirstNames[n % FirstNames.Length]} {SurnameHeads[n / FirstNames.Length % SurnameHeads.Length]}{SurnameTails[n / (FirstNames.Length * SurnameHeads.Length) % SurnameTails.Length]}"
        + (n >= FirstNames.Length * SurnameHeads.Length * SurnameTails.Length ? $" {ToRoman(n / (FirstNames.Length * SurnameHeads.Length * SurnameTails.Length))}" : string.Empty);

    private static string ToRoman(int number) => $"the {number + 1}{(number + 1) switch { 2 => "nd", 3 => "rd", _ => "th" }}";

    /// <summary>A few companies lose far more people than most, as in the news.</summary>
    private static int Skewed(Random random, int count) => (int)(count * Math.Pow(random.NextDouble(), 2.5));

    private static string DateText(DateOnly day, Random random) => random.NextDouble() switch
    {
        < 0.70 => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        < 0.85 => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        < 0.92 => $"{day.Year}-Q{((day.Month - 1) / 3) + 1}",
        < 0.97 => day.Year.ToString(CultureInfo.InvariantCulture),
        _ => string.Empty,
    };
}
