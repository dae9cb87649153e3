using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Search;

/// <summary>
/// The one implementation of text search over the store ("contains, ignoring ASCII case"), for every page, the API and the
/// app bar (docs/decisions.md H4). Indexed on both providers: SQLite FTS5 tables with the trigram tokenizer over people's
/// names and aliases, roles and evidence (migration <c>SearchIndexes</c>, kept current by triggers), PostgreSQL pg_trgm GIN
/// indexes on the same columns. The text is a literal: <c>%</c>, <c>_</c> and <c>\</c> match themselves, and FTS query
/// syntax is quoted away. Text shorter than <see cref="MinIndexedLength"/> characters cannot use a trigram index, so it
/// matches names only, by a bounded scan of the (small) name tables; evidence and roles need at least three characters.
/// Companies are few (thousands), so their names and aliases are matched by LIKE.
/// </summary>
public static class TextSearch
{
    public const int MinIndexedLength = 3;

    /// <summary>Longer text is cut: nobody types more, and a trigram query's cost grows with its length.</summary>
    public const int MaxLength = 200;

    public const string LikeEscape = "\\";

    /// <summary>The search text as it is used: trimmed and cut to <see cref="MaxLength"/>; null when blank.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        return text.Length <= MaxLength ? text : text[..MaxLength].TrimEnd();
    }

    /// <summary>A LIKE pattern matching <paramref name="text"/> anywhere, its wildcards escaped (use with <see cref="LikeEscape"/>).</summary>
    public static string ContainsPattern(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>An FTS5 phrase for <paramref name="text"/>: double quotes doubled, so no FTS operator survives.</summary>
    public static string FtsPhrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Ids of companies whose name or an alias contains <paramref name="text"/>.</summary>
    public static IQueryable<int> CompanyIds(TalentWatchDbContext db, string text)
    {
        var pattern = ContainsPattern(text);
        return db.Companies.Where(c => EF.Functions.Like(c.Name, pattern, LikeEscape)
                || c.Aliases.Any(a => EF.Functions.Like(a.Name, pattern, LikeEscape)))
            .Select(c => c.Id);
    }

    /// <summary>Ids of people whose name or an alias contains <paramref name="text"/>.</summary>
    public static IQueryable<int> PersonIds(TalentWatchDbContext db, string text)
    {
        if (db.Database.IsSqlite() && text.Length >= MinIndexedLength)
        {
            var phrase = FtsPhrase(text);
            return db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"PeopleSearch\" WHERE \"PeopleSearch\" MATCH {phrase}")
                .Union(db.Database.SqlQuery<int>(
                    $"SELECT a.\"PersonId\" AS \"Value\" FROM \"PersonAliasesSearch\" s JOIN \"PersonAliases\" a ON a.\"Id\" = s.rowid WHERE s.\"PersonAliasesSearch\" MATCH {phrase}"));
        }

        var pattern = ContainsPattern(text);
        return db.People.Where(p => EF.Functions.Like(p.Name, pattern, LikeEscape)).Select(p => p.Id)
            .Union(db.PersonAliases.Where(a => EF.Functions.Like(a.Name, pattern, LikeEscape)).Select(a => a.PersonId));
    }

    /// <summary>
    /// Ids of articles whose title or outlet contains <paramref name="text"/>. Articles have no trigram index: titles and
    /// outlets are short columns stored before the article's text, so the LIKE reads no article bodies.
    /// </summary>
    public static IQueryable<int> ArticleIds(TalentWatchDbContext db, string text)
    {
        var pattern = ContainsPattern(text);
        return db.Articles.Where(a => (a.Title != null && EF.Functions.Like(a.Title, pattern, LikeEscape))
                || (a.Source != null && EF.Functions.Like(a.Source, pattern, LikeEscape)))
            .Select(a => a.Id);
    }

    /// <summary>Ids of departures whose role or a source's evidence contains <paramref name="text"/> (none under three characters).</summary>
    public static IQueryable<int> DepartureIdsByRoleOrEvidence(TalentWatchDbContext db, string text)
    {
        if (text.Length < MinIndexedLength)
        {
            return db.Departures.Where(d => false).Select(d => d.Id);
        }

        if (db.Database.IsSqlite())
        {
            var phrase = FtsPhrase(text);
            return db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"DepartureRoleSearch\" WHERE \"DepartureRoleSearch\" MATCH {phrase}")
                .Union(db.Database.SqlQuery<int>(
                    $"SELECT s.\"DepartureId\" AS \"Value\" FROM \"DepartureSourcesSearch\" f JOIN \"DepartureSources\" s ON s.\"Id\" = f.rowid WHERE f.\"DepartureSourcesSearch\" MATCH {phrase}"));
        }

        var pattern = ContainsPattern(text);
        return db.Departures.Where(d => d.Role != null && EF.Functions.Like(d.Role, pattern, LikeEscape)).Select(d => d.Id)
            .Union(db.DepartureSources.Where(s => s.Evidence != null && EF.Functions.Like(s.Evidence, pattern, LikeEscape)).Select(s => s.DepartureId));
    }

    /// <summary>
    /// <paramref name="departures"/> narrowed to those whose person, company left, destination, role or evidence contains
    /// <paramref name="text"/>. The matching ids are read first (each from its index), so the departures are then found by
    /// their id and foreign-key indexes instead of testing every row.
    /// </summary>
    public static async Task<IQueryable<Departure>> WhereMatchesAsync(
        TalentWatchDbContext db, IQueryable<Departure> departures, string text, CancellationToken cancellationToken)
    {
        var people = await PersonIds(db, text).Take(MaxMatchedNames).ToListAsync(cancellationToken);
        var companies = await CompanyIds(db, text).Take(MaxMatchedNames).ToListAsync(cancellationToken);
        var direct = await DepartureIdsByRoleOrEvidence(db, text).Take(MaxMatchedDepartures).ToListAsync(cancellationToken);
        return departures.Where(d => (d.PersonId != null && people.Contains(d.PersonId.Value))
            || companies.Contains(d.CompanyId)
            || (d.DestinationId != null && companies.Contains(d.DestinationId.Value))
            || direct.Contains(d.Id));
    }

    /// <summary>At most this many matching people or companies take part (a one-letter search matches most of them).</summary>
    public const int MaxMatchedNames = 5_000;

    /// <summary>At most this many departures matched by role or evidence take part.</summary>
    public const int MaxMatchedDepartures = 20_000;
}
