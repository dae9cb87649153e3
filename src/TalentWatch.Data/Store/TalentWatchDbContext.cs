using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Departures;
using TalentWatch.Core.History;
using TalentWatch.Core.Imports;
using TalentWatch.Core.People;

namespace TalentWatch.Data.Store;

/// <summary>The record and, through <see cref="IdentityDbContext"/>, the editors' accounts and roles (Data/Store/Configurations/AccountConfiguration).</summary>
public sealed class TalentWatchDbContext(DbContextOptions<TalentWatchDbContext> options) : IdentityDbContext(options)
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

    public DbSet<ImportedFile> ImportedFiles => Set<ImportedFile>();

    public DbSet<ChangeRecord> Changes => Set<ChangeRecord>();

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
    }
}
