using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Departures;
using TalentWatch.Core.People;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Imports.Csv;

/// <summary>
/// Prepared SQLite commands for the departures and headcounts imports, inside the import's transaction. EF Core's change tracking costs about
/// 300 µs a row at 100,000 rows; prepared statements keep the import above 20,000 rows/s (docs/decisions.md).
/// The column lists follow the entity configurations; the round-trip tests read the rows back through EF.
/// </summary>
internal sealed class DepartureRowWriter : IDisposable
{
    private static readonly DateTimeOffsetToBinaryConverter Timestamps = new();
    private readonly SqliteCommand insertCompany;
    private readonly SqliteCommand insertCompanyAlias;
    private readonly SqliteCommand insertPerson;
    private readonly SqliteCommand insertPersonAlias;
    private readonly SqliteCommand insertDeparture;
    private readonly SqliteCommand updateDeparture;
    private readonly SqliteCommand insertSource;
    private readonly SqliteCommand upsertHeadcount;

    public DepartureRowWriter(TalentWatchDbContext db)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction)(db.Database.CurrentTransaction ?? throw new InvalidOperationException("The import runs in a transaction.")).GetDbTransaction();
        SqliteCommand Prepare(string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            command.Prepare();
            return command;
        }

        insertCompany = Prepare("INSERT INTO Companies (Id, Name, Slug, Founded, FoundingTeamSize) VALUES ($id, $name, $slug, NULL, NULL)", "$id", "$name", "$slug");
        insertCompanyAlias = Prepare("INSERT INTO CompanyAliases (CompanyId, Name, Key) VALUES ($owner, $name, $key)", "$owner", "$name", "$key");
        insertPerson = Prepare("INSERT INTO People (Id, Name, Slug) VALUES ($id, $name, $slug)", "$id", "$name", "$slug");
        insertPersonAlias = Prepare("INSERT INTO PersonAliases (PersonId, Name, Key) VALUES ($owner, $name, $key)", "$owner", "$name", "$key");
        const string departureColumns = "PersonId, CompanyId, DestinationId, DateText, DatePrecision, DateStart, DateEnd, Role, Founder, Status, CreatedAt, UpdatedAt";
        string[] departureParameters = ["$person", "$company", "$destination", "$text", "$precision", "$start", "$end", "$role", "$founder", "$status", "$created", "$updated"];
        insertDeparture = Prepare($"INSERT INTO Departures (Id, {departureColumns}) VALUES ($id, {string.Join(", ", departureParameters)})", ["$id", .. departureParameters]);
        updateDeparture = Prepare(
            "UPDATE Departures SET DestinationId = $destination, DateText = $text, DatePrecision = $precision, DateStart = $start, DateEnd = $end, Role = $role, Founder = $founder, Status = $status, UpdatedAt = $updated, Version = Version + 1 WHERE Id = $id",
            "$id", "$destination", "$text", "$precision", "$start", "$end", "$role", "$founder", "$status", "$updated");
        upsertHeadcount = Prepare(
            "INSERT INTO Headcounts (CompanyId, AsOf, Headcount) VALUES ($company, $asOf, $headcount) ON CONFLICT (CompanyId, AsOf) DO UPDATE SET Headcount = excluded.Headcount",
            "$company", "$asOf", "$headcount");
        insertSource = Prepare("INSERT INTO DepartureSources (DepartureId, ArticleId, Url, Evidence, AddedAt) VALUES ($departure, NULL, $url, $evidence, $added)", "$departure", "$url", "$evidence", "$added");
    }

    public void InsertCompany(Company company)
    {
        Run(insertCompany, company.Id, company.Name, company.Slug);
        foreach (var alias in company.Aliases)
        {
            Run(insertCompanyAlias, company.Id, alias.Name, alias.Key);
        }
    }

    public void InsertPerson(Person person)
    {
        Run(insertPerson, person.Id, person.Name, person.Slug);
        foreach (var alias in person.Aliases)
        {
            Run(insertPersonAlias, person.Id, alias.Name, alias.Key);
        }
    }

    public void InsertDeparture(Departure d) =>
        Run(insertDeparture, d.Id, d.PersonId, d.CompanyId, d.DestinationId, d.DateText, (int)d.DatePrecision, d.DateStart, d.DateEnd, d.Role, d.Founder,
            (int)d.Status, Timestamps.ConvertToProvider(d.CreatedAt), Timestamps.ConvertToProvider(d.UpdatedAt));

    public void UpdateDeparture(Departure d) =>
        Run(updateDeparture, d.Id, d.DestinationId, d.DateText, (int)d.DatePrecision, d.DateStart, d.DateEnd, d.Role, d.Founder, (int)d.Status,
            Timestamps.ConvertToProvider(d.UpdatedAt));

    public void InsertSource(int departureId, string? url, string evidence, DateTimeOffset added) =>
        Run(insertSource, departureId, url, evidence, Timestamps.ConvertToProvider(added));

    /// <summary>A later row for the same company and date replaces the count.</summary>
    public void UpsertHeadcount(int companyId, DateOnly asOf, int headcount) => Run(upsertHeadcount, companyId, asOf, headcount);

    public void Dispose()
    {
        foreach (var command in new[] { insertCompany, insertCompanyAlias, insertPerson, insertPersonAlias, insertDeparture, updateDeparture, insertSource, upsertHeadcount })
        {
            command.Dispose();
        }
    }

    private static void Run(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                DateOnly day => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                bool flag => flag ? 1 : 0,
                var value => value,
            };
        }

        command.ExecuteNonQuery();
    }
}
