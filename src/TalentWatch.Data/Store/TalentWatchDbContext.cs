using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Departures;
using TalentWatch.Core.Feeds;
using TalentWatch.Core.History;
using TalentWatch.Core.Imports;
using TalentWatch.Core.People;

namespace TalentWatch.Data.Store;

/// <summary>The record, the editors' accounts and roles (through <see cref="IdentityDbContext"/>, Data/Store/Configurations/AccountConfiguration) and the web's data-protection keys.</summary>
public sealed class TalentWatchDbContext(DbContextOptions<TalentWatchDbContext> options) : IdentityDbContext(options), IDataProtectionKeyContext
{
    public DbSet<Company> Companies => Set<Company>();

    public DbSet<CompanyAlias> CompanyAliases => Set<CompanyAlias>();

    public DbSet<HeadcountSnapshot> Headcounts => Set<HeadcountSnapshot>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();

    public DbSet<Departure> Departures => Set<Departure>();

    public DbSet<DepartureSource> DepartureSources => Set<DepartureSource>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<PossibleDepartureDismissal> PossibleDepartureDismissals => Set<PossibleDepartureDismissal>();

    public DbSet<ImportedFile> ImportedFiles => Set<ImportedFile>();

    public DbSet<ChangeRecord> Changes => Set<ChangeRecord>();

    public DbSet<Feed> Feeds => Set<Feed>();

    public DbSet<FeedEntry> FeedEntries => Set<FeedEntry>();

    /// <summary>ASP.NET Core data-protection keys, shared by every web instance on the store (docs/deployment.md).</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys =>
        Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TalentWatchDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no timestamp-with-offset type; as binary the values still sort and compare in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
        else if (Database.IsNpgsql())
        {
            // "Then name" is ordinal (decision F1), as SQLite's BINARY collation is; the database's default collation
            // (en_US.UTF-8 and the like) would sort "Zoë" and "zeta" differently from the C# code and from SQLite.
            configurationBuilder.Properties<string>().UseCollation("C");

            // timestamptz keeps the instant, not the offset, and Npgsql only writes UTC values: every instant goes in as UTC.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<PostgresInstantConverter>();
        }
    }

    /// <summary>
    /// An instant as PostgreSQL stores it: UTC, to the same 0.1 ms SQLite's binary form keeps (DateTimeOffsetToBinaryConverter
    /// drops the last 3 digits of the ticks), so a store moved between providers holds exactly the same values.
    /// </summary>
    internal static DateTimeOffset ToPostgresInstant(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % 1000), TimeSpan.Zero);

    private sealed class PostgresInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => ToPostgresInstant(v), v => v);
}
