using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentWatch.Core.Departures;

namespace TalentWatch.Data.Store.Configurations;

internal sealed class DepartureConfiguration : IEntityTypeConfiguration<Departure>
{
    public void Configure(EntityTypeBuilder<Departure> builder)
    {
        builder.Ignore(d => d.Date);
        builder.Property(d => d.DateText).HasMaxLength(10);
        builder.Property(d => d.Role).HasMaxLength(200);
        builder.HasOne(d => d.Person).WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Company).WithMany().HasForeignKey(d => d.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Destination).WithMany().HasForeignKey(d => d.DestinationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Departure>().WithMany().HasForeignKey(d => d.MergedIntoId).OnDelete(DeleteBehavior.Restrict);

        // Provider-neutral optimistic concurrency (SQLite has no rowversion); the default lets raw-SQL imports omit the column.
        builder.Property(d => d.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.HasMany(d => d.Sources).WithOne().HasForeignKey(s => s.DepartureId).OnDelete(DeleteBehavior.Cascade);

        // The timeline reads by company; the quarter summary and explorer by status and interval.
        builder.HasIndex(d => new { d.CompanyId, d.Status, d.DateStart });
        // DestinationId included: the dashboard's per-quarter destination stack reads only this index.
        builder.HasIndex(d => new { d.Status, d.DateStart, d.DateEnd, d.DestinationId });
        builder.HasIndex(d => new { d.DestinationId, d.Status });
        builder.HasIndex(d => new { d.PersonId, d.CompanyId });

        // Covering indexes for the web's aggregates at 100k departures: talent flow and its count, a company's
        // destination chips (GROUP BY company/destination without reading rows), and the dashboard's founding-team
        // attrition ranking and the companies grid (distinct founders per company: a per-company probe of an index that
        // holds Founder and PersonId). Founder comes after CompanyId: EF tests the bool column bare, which no index seeks.
        // The dates and the founder flag ride along so a quarter- or founder-filtered flow is still read from the index alone.
        builder.HasIndex(d => new { d.Status, d.CompanyId, d.DestinationId, d.DateStart, d.DateEnd, d.Founder });
        builder.HasIndex(d => new { d.CompanyId, d.Status, d.Founder, d.PersonId });
    }
}

internal sealed class DepartureSourceConfiguration : IEntityTypeConfiguration<DepartureSource>
{
    public void Configure(EntityTypeBuilder<DepartureSource> builder)
    {
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.HasOne(s => s.Article).WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.ArticleId);
    }
}
