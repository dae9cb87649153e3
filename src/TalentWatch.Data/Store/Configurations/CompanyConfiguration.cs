using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentWatch.Core.Companies;

namespace TalentWatch.Data.Store.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Slug).HasMaxLength(200);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => c.Name);
        builder.Property(c => c.Version).IsConcurrencyToken().HasDefaultValue(0);
        builder.HasMany(c => c.Aliases).WithOne().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Headcounts).WithOne().HasForeignKey(h => h.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CompanyAliasConfiguration : IEntityTypeConfiguration<CompanyAlias>
{
    public void Configure(EntityTypeBuilder<CompanyAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Key).HasMaxLength(200);
        builder.HasIndex(a => a.Key).IsUnique();
    }
}

internal sealed class HeadcountSnapshotConfiguration : IEntityTypeConfiguration<HeadcountSnapshot>
{
    public void Configure(EntityTypeBuilder<HeadcountSnapshot> builder) =>
        builder.HasIndex(h => new { h.CompanyId, h.AsOf }).IsUnique();
}
