using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Departures;
using TalentWatch.Core.People;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Imports.Csv;

/// <summary>
/// Prepared statements for the departures and headcounts imports, inside the import's transaction, on SQLite or PostgreSQL. EF Core's
/// change tracking costs about 300 µs a row at 100,000 rows; on SQLite the statements go through SQLite's C API
/// (<see cref="SqliteBulkStatement"/>, decision P10), queued and written on a second thread, inserts 100 rows a statement
/// (<see cref="SqliteWritePipeline"/>, decision P16); on PostgreSQL through batches and COPY (decision O6).
/// The column lists follow the entity configurations (quoted, as EF names them on both providers); the round-trip tests read the
/// rows back through EF. On PostgreSQL new departures and sources are held until <see cref="Flush"/> and go in by binary COPY
/// (decision O6); a merge into a departure still held changes it in memory and counts the version the UPDATE would have added.
/// </summary>
internal sealed class DepartureRowWriter : IDisposable
{
    private static readonly DateTimeOffsetToBinaryConverter Timestamps = new();
    private const int BatchSize = 500;
    private readonly bool sqlite;
    private readonly DbBatch? batch;
    private readonly Statement insertCompany;
    private readonly Statement updateCompany;
    private readonly Statement insertCompanyAlias;
    private readonly Statement insertPerson;
    private readonly Statement insertPersonAlias;
    private readonly Statement insertDeparture;
    private readonly Statement updateDeparture;
    private readonly Statement insertSource;
    private readonly Statement upsertHeadcount;
    private readonly NpgsqlConnection? copyConnection;
    private readonly SqliteWritePipeline? pipeline;

    /// <summary>Rows a multi-row INSERT carries on SQLite (decision P16); TALENTWATCH_IMPORT_ROWS_PER_STATEMENT=1 writes row by row, to measure.</summary>
    internal static int RowsPerStatement { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("TALENTWATCH_IMPORT_ROWS_PER_STATEMENT"), out var rows) && rows > 0 ? rows : 100;

    /// <summary>The CSV line of the row being written, for SQLite's errors (they surface a batch later, decision P16).</summary>
    public int Line
    {
        set
        {
            if (pipeline is not null)
            {
                pipeline.Line = value;
            }
        }
    }

    // PostgreSQL: new departures not yet copied, by id in arrival order, with the number of merges since (the "Version" each
    // UPDATE would add).
    private readonly OrderedDictionary<int, (Departure Departure, int Version)> heldDepartures = [];
    private readonly List<(int DepartureId, string? Url, string Evidence, DateTimeOffset Added)> heldSources = [];

    // PostgreSQL: new companies and people (with their aliases) not yet copied; copied before any statement that may refer to them.
    private readonly List<Company> heldCompanies = [];
    private readonly List<Person> heldPeople = [];

    public DepartureRowWriter(TalentWatchDbContext db)
    {
        sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        var transaction = (db.Database.CurrentTransaction ?? throw new InvalidOperationException("The import runs in a transaction.")).GetDbTransaction();
        if (!sqlite)
        {
            // A round trip per statement is what costs on a server: rows go in batches of BatchSize statements, in order.
            batch = connection.CreateBatch();
            batch.Transaction = transaction;
            copyConnection = (NpgsqlConnection)connection;
        }
        else
        {
            pipeline = new SqliteWritePipeline();
        }

        Statement Prepare(string sql, params string[] parameters) => PrepareInsert(sql, null, [], parameters);

        // A SQLite insert of many rows also gets its multi-row form (decision P16): table and columns in parameter order.
        Statement PrepareInsert(string sql, string? table, string[] columns, params string[] parameters)
        {
            // SQLite: the C API directly (SqliteBulkStatement, decision P10), written by the pipeline's thread (P16).
            if (sqlite)
            {
                var sqliteConnection = (Microsoft.Data.Sqlite.SqliteConnection)connection;
                var single = new SqliteBulkStatement(sqliteConnection, sql, parameters);
                var multi = table is not null && RowsPerStatement > 1 ? SqliteBulkStatement.MultiRowInsert(sqliteConnection, table, columns, RowsPerStatement) : null;
                return new Statement(null, single, multi, pipeline!.Declare(single, multi));
            }

            // PostgreSQL: a template whose text and parameter names the batch copies; Npgsql prepares on first execution
            // (a parameter's type is only known from its first value).
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = DBNull.Value;
                command.Parameters.Add(parameter);
            }

            return new Statement(command, null, null, -1);
        }

        // On SQLite the order of these declarations is the order a batch writes its kinds (SqliteWritePipeline): a company's
        // renames before new companies (which may take a slug given up), owners before their aliases, people and companies
        // before departures, departures (inserted, then merged into) before their sources.
        updateCompany = Prepare("""UPDATE "Companies" SET "Name" = @name, "Slug" = @slug, "Founded" = @founded, "FoundingTeamSize" = @size WHERE "Id" = @id""", "id", "name", "slug", "founded", "size");
        insertCompany = Prepare("""INSERT INTO "Companies" ("Id", "Name", "Slug", "Founded", "FoundingTeamSize") VALUES (@id, @name, @slug, @founded, @size)""", "id", "name", "slug", "founded", "size");
        insertCompanyAlias = Prepare("""INSERT INTO "CompanyAliases" ("CompanyId", "Name", "Key") VALUES (@owner, @name, @key)""", "owner", "name", "key");
        insertPerson = PrepareInsert("""INSERT INTO "People" ("Id", "Name", "Slug") VALUES (@id, @name, @slug)""", "People", ["Id", "Name", "Slug"], "id", "name", "slug");
        insertPersonAlias = PrepareInsert("""INSERT INTO "PersonAliases" ("PersonId", "Name", "Key") VALUES (@owner, @name, @key)""", "PersonAliases", ["PersonId", "Name", "Key"], "owner", "name", "key");
        const string departureColumns = "\"PersonId\", \"CompanyId\", \"DestinationId\", \"DateText\", \"DatePrecision\", \"DateStart\", \"DateEnd\", \"Role\", \"Founder\", \"Status\", \"CreatedAt\", \"UpdatedAt\"";
        string[] departureParameters = ["person", "company", "destination", "text", "precision", "start", "end", "role", "founder", "status", "created", "updated"];
        insertDeparture = PrepareInsert(
            $"""INSERT INTO "Departures" ("Id", {departureColumns}) VALUES (@id, {string.Join(", ", departureParameters.Select(p => "@" + p))})""",
            "Departures",
            ["Id", "PersonId", "CompanyId", "DestinationId", "DateText", "DatePrecision", "DateStart", "DateEnd", "Role", "Founder", "Status", "CreatedAt", "UpdatedAt"],
            ["id", .. departureParameters]);
        // A merge writes only what it changed; a null value keeps the stored one, so the row is never read first (decision P17).
        updateDeparture = Prepare(
            """
            UPDATE "Departures" SET "DestinationId" = COALESCE(@destination, "DestinationId"), "DateText" = COALESCE(@text, "DateText"),
                "DatePrecision" = COALESCE(@precision, "DatePrecision"), "DateStart" = COALESCE(@start, "DateStart"), "DateEnd" = COALESCE(@end, "DateEnd"),
                "Role" = COALESCE(@role, "Role"), "Founder" = COALESCE(@founder, "Founder"), "Status" = COALESCE(@status, "Status"),
                "UpdatedAt" = @updated, "Version" = "Version" + 1
            WHERE "Id" = @id
            """,
            "id", "destination", "text", "precision", "start", "end", "role", "founder", "status", "updated");
        insertSource = PrepareInsert(
            """INSERT INTO "DepartureSources" ("DepartureId", "ArticleId", "Url", "Evidence", "AddedAt") VALUES (@departure, NULL, @url, @evidence, @added)""",
            "DepartureSources", ["DepartureId", "Url", "Evidence", "AddedAt"], "departure", "url", "evidence", "added");
        upsertHeadcount = Prepare(
            """INSERT INTO "Headcounts" ("CompanyId", "AsOf", "Headcount") VALUES (@company, @asOf, @headcount) ON CONFLICT ("CompanyId", "AsOf") DO UPDATE SET "Headcount" = excluded."Headcount" """,
            "company", "asOf", "headcount");
    }

    public void InsertCompany(Company company)
    {
        if (copyConnection is not null)
        {
            heldCompanies.Add(company);
            return;
        }

        Run(insertCompany, company.Id, company.Name, company.Slug, company.Founded, company.FoundingTeamSize);
        foreach (var alias in company.Aliases)
        {
            Run(insertCompanyAlias, company.Id, alias.Name, alias.Key);
        }
    }

    /// <summary>
    /// SQLite only (companies.csv, decision P15): writes a stored company's name, slug, founding date and team size as they
    /// are now. The import holds the write lock, so there is no concurrent change for the <c>Version</c> token to catch, and,
    /// as through EF before, an import does not raise it.
    /// </summary>
    public void UpdateCompany(Company company) =>
        Run(updateCompany, company.Id, company.Name, company.Slug, company.Founded, company.FoundingTeamSize);

    /// <summary>SQLite only (companies.csv, decision P15): a new spelling of a stored company.</summary>
    public void InsertCompanyAlias(int companyId, string name, string key) => Run(insertCompanyAlias, companyId, name, key);

    public void InsertPerson(Person person)
    {
        if (copyConnection is not null)
        {
            heldPeople.Add(person);
            return;
        }

        Run(insertPerson, person.Id, person.Name, person.Slug);
        foreach (var alias in person.Aliases)
        {
            Run(insertPersonAlias, person.Id, alias.Name, alias.Key);
        }
    }

    public void InsertDeparture(Departure d)
    {
        if (copyConnection is not null)
        {
            heldDepartures.Add(d.Id, (d, 0));
            return;
        }

        Run(insertDeparture, d.Id, d.PersonId, d.CompanyId, d.DestinationId, d.DateText, (int)d.DatePrecision, d.DateStart, d.DateEnd, d.Role, d.Founder,
            (int)d.Status, d.CreatedAt, d.UpdatedAt);
    }

    /// <summary>
    /// Writes a merge into departure <paramref name="id"/>: the fields <paramref name="change"/> fills in or makes more precise,
    /// the rest as stored (decision P17).
    /// </summary>
    public void UpdateDeparture(int id, DepartureMergeChange change, DateTimeOffset updated)
    {
        // PostgreSQL: a departure of this file not yet copied is changed in memory; the COPY writes its final values.
        if (heldDepartures.TryGetValue(id, out var held))
        {
            change.ApplyTo(held.Departure, updated);
            heldDepartures[id] = held with { Version = held.Version + 1 };
            return;
        }

        var interval = change.Date?.Interval;
        Run(updateDeparture, id, change.DestinationId, change.Date?.ToNullableString(), (int?)change.Date?.Precision, interval?.Start, interval?.End,
            change.Role, change.Founder, change.Accepted ? (int)DepartureStatus.Accepted : null, updated);
    }

    public void InsertSource(int departureId, string? url, string evidence, DateTimeOffset added)
    {
        if (copyConnection is not null)
        {
            heldSources.Add((departureId, url, evidence, added));
            return;
        }

        Run(insertSource, departureId, url, evidence, added);
    }

    /// <summary>A later row for the same company and date replaces the count.</summary>
    public void UpsertHeadcount(int companyId, DateOnly asOf, int headcount) => Run(upsertHeadcount, companyId, asOf, headcount);

    /// <summary>
    /// Sends the batched statements, then copies the held departures and their sources (PostgreSQL); on SQLite writes what the
    /// pipeline holds and waits for its thread (decision P16). The order matters: held rows refer to companies and people in
    /// the batch, sources to departures.
    /// </summary>
    public void Flush()
    {
        pipeline?.Flush();
        SendBatch();
        if (copyConnection is null)
        {
            return;
        }

        if (heldDepartures.Count > 0)
        {
            using (var copy = copyConnection.BeginBinaryImport(
                "COPY \"Departures\" (\"Id\", \"PersonId\", \"CompanyId\", \"DestinationId\", \"DateText\", \"DatePrecision\", \"DateStart\", \"DateEnd\", \"Role\", \"Founder\", \"Status\", \"CreatedAt\", \"UpdatedAt\", \"Version\") FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var (d, version) in heldDepartures.Values)
                {
                    copy.StartRow();
                    copy.Write(d.Id, NpgsqlDbType.Integer);
                    WriteOrNull(copy, d.PersonId, NpgsqlDbType.Integer);
                    copy.Write(d.CompanyId, NpgsqlDbType.Integer);
                    WriteOrNull(copy, d.DestinationId, NpgsqlDbType.Integer);
                    WriteOrNull(copy, d.DateText, NpgsqlDbType.Text);
                    copy.Write((int)d.DatePrecision, NpgsqlDbType.Integer);
                    WriteOrNull(copy, d.DateStart, NpgsqlDbType.Date);
                    WriteOrNull(copy, d.DateEnd, NpgsqlDbType.Date);
                    WriteOrNull(copy, d.Role, NpgsqlDbType.Text);
                    WriteOrNull(copy, d.Founder, NpgsqlDbType.Boolean);
                    copy.Write((int)d.Status, NpgsqlDbType.Integer);
                    copy.Write(TalentWatchDbContext.ToPostgresInstant(d.CreatedAt), NpgsqlDbType.TimestampTz);
                    copy.Write(TalentWatchDbContext.ToPostgresInstant(d.UpdatedAt), NpgsqlDbType.TimestampTz);
                    copy.Write(version, NpgsqlDbType.Integer);
                }

                copy.Complete();
            }

            heldDepartures.Clear();
        }

        if (heldSources.Count > 0)
        {
            using (var copy = copyConnection.BeginBinaryImport(
                "COPY \"DepartureSources\" (\"DepartureId\", \"ArticleId\", \"Url\", \"Evidence\", \"AddedAt\") FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var (departureId, url, evidence, added) in heldSources)
                {
                    copy.StartRow();
                    copy.Write(departureId, NpgsqlDbType.Integer);
                    copy.WriteNull();
                    WriteOrNull(copy, url, NpgsqlDbType.Text);
                    copy.Write(evidence, NpgsqlDbType.Text);
                    copy.Write(TalentWatchDbContext.ToPostgresInstant(added), NpgsqlDbType.TimestampTz);
                }

                copy.Complete();
            }

            heldSources.Clear();
        }
    }

    /// <summary>SQLite: where the writer's thread spent its time (TALENTWATCH_IMPORT_TIMING); null on PostgreSQL.</summary>
    public string? PipelineTimes => pipeline?.Times;

    /// <summary>SQLite: <paramref name="work"/> runs on the writer's thread after every <paramref name="batches"/> batches of rows (decision P16).</summary>
    public void RunAfterBatches(Action work, int batches) => pipeline?.RunAfterBatches(work, batches);

    /// <summary>
    /// What a chunk of the file needs written before EF saves it: PostgreSQL's held rows (<see cref="Flush"/>); nothing on
    /// SQLite, whose pipeline writes its own batches and is flushed at the end of the file.
    /// </summary>
    public void FlushChunk()
    {
        if (pipeline is null)
        {
            Flush();
        }
    }

    /// <summary>Copies the held companies and people, then sends the batched statements (which may refer to them).</summary>
    private void SendBatch()
    {
        if (copyConnection is not null)
        {
            CopyNames();
        }

        if (batch is { BatchCommands.Count: > 0 })
        {
            batch.ExecuteNonQuery();
            batch.BatchCommands.Clear();
        }
    }

    private void CopyNames()
    {
        if (heldCompanies.Count > 0)
        {
            CopyOwners("Companies", heldCompanies.Select(c => (c.Id, c.Name, c.Slug)));
            CopyAliases("CompanyAliases", "CompanyId", heldCompanies.SelectMany(c => c.Aliases.Select(a => (c.Id, a.Name, a.Key))));
            heldCompanies.Clear();
        }

        if (heldPeople.Count > 0)
        {
            CopyOwners("People", heldPeople.Select(p => (p.Id, p.Name, p.Slug)));
            CopyAliases("PersonAliases", "PersonId", heldPeople.SelectMany(p => p.Aliases.Select(a => (p.Id, a.Name, a.Key))));
            heldPeople.Clear();
        }
    }

    private void CopyOwners(string table, IEnumerable<(int Id, string Name, string Slug)> rows)
    {
        // Companies' Founded and FoundingTeamSize are left out: NULL, as the INSERT writes them.
        using var copy = copyConnection!.BeginBinaryImport($"COPY \"{table}\" (\"Id\", \"Name\", \"Slug\") FROM STDIN (FORMAT BINARY)");
        foreach (var (id, name, slug) in rows)
        {
            copy.StartRow();
            copy.Write(id, NpgsqlDbType.Integer);
            copy.Write(name, NpgsqlDbType.Text);
            copy.Write(slug, NpgsqlDbType.Text);
        }

        copy.Complete();
    }

    private void CopyAliases(string table, string ownerColumn, IEnumerable<(int Owner, string Name, string Key)> rows)
    {
        using var copy = copyConnection!.BeginBinaryImport($"COPY \"{table}\" (\"{ownerColumn}\", \"Name\", \"Key\") FROM STDIN (FORMAT BINARY)");
        foreach (var (owner, name, key) in rows)
        {
            copy.StartRow();
            copy.Write(owner, NpgsqlDbType.Integer);
            copy.Write(name, NpgsqlDbType.Text);
            copy.Write(key, NpgsqlDbType.Text);
        }

        copy.Complete();
    }

    private static void WriteOrNull<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
        where T : class
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    private static void WriteOrNull<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } present)
        {
            copy.Write(present, type);
        }
        else
        {
            copy.WriteNull();
        }
    }

    public void Dispose()
    {
        pipeline?.Dispose(); // waits for the batch being written: nothing may touch the connection while it runs
        batch?.Dispose();
        foreach (var statement in new[] { insertCompany, updateCompany, insertCompanyAlias, insertPerson, insertPersonAlias, insertDeparture, updateDeparture, insertSource, upsertHeadcount })
        {
            statement.Command?.Dispose();
            statement.Bulk?.Dispose();
            statement.MultiRow?.Dispose();
        }
    }

    private void Run(Statement statement, params object?[] values)
    {
        if (pipeline is not null)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Stored(values[i]);
            }

            pipeline.Add(statement.Kind, values);
            return;
        }

        var command = statement.Command!;
        var batched = batch!.CreateBatchCommand();
        batched.CommandText = command.CommandText;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = batched.CreateParameter();
            parameter.ParameterName = command.Parameters[i].ParameterName;
            parameter.Value = Stored(values[i]);
            batched.Parameters.Add(parameter);
        }

        batch.BatchCommands.Add(batched);
        if (batch.BatchCommands.Count >= BatchSize)
        {
            SendBatch();
        }
    }

    /// <summary>A statement: on SQLite run through the C API, on PostgreSQL a template for the batch.</summary>
    private sealed record Statement(DbCommand? Command, SqliteBulkStatement? Bulk, SqliteBulkStatement? MultiRow, int Kind);

    /// <summary>A value as the provider's mapping stores it (TalentWatchDbContext.ConfigureConventions).</summary>
    private object Stored(object? value) => (value, sqlite) switch
    {
        (null, _) => DBNull.Value,
        (DateOnly day, true) => StoredDay(day),
        (bool flag, true) => flag ? One : Zero,
        (DateTimeOffset instant, true) => StoredInstant(instant),
        (DateTimeOffset instant, false) => TalentWatchDbContext.ToPostgresInstant(instant),
        var (other, _) => other,
    };

    private static readonly object One = 1;
    private static readonly object Zero = 0;

    // An import writes a few thousand distinct days and one instant (its start) hundreds of thousands of times: formatting
    // and converting each again cost about 4 µs a row (decision P12).
    private readonly Dictionary<DateOnly, string> days = [];
    private (DateTimeOffset Instant, object Stored)? lastInstant;

    private string StoredDay(DateOnly day)
    {
        if (!days.TryGetValue(day, out var text))
        {
            days[day] = text = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return text;
    }

    private object StoredInstant(DateTimeOffset instant)
    {
        // DateTimeOffset equality ignores the offset, which the binary form keeps: compare both.
        if (lastInstant is not { } last || last.Instant.UtcTicks != instant.UtcTicks || last.Instant.Offset != instant.Offset)
        {
            lastInstant = last = (instant, Timestamps.ConvertToProvider(instant)!);
        }

        return last.Stored;
    }
}
