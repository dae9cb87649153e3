using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Imports;

namespace TalentWatch.Data.Store.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(500);
        builder.Property(a => a.Source).HasMaxLength(200);
        builder.Property(a => a.Url).HasMaxLength(2000);
        builder.Property(a => a.Language).HasMaxLength(16);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Property(a => a.FileName).HasMaxLength(500);
        builder.Property(a => a.ReviewedBy).HasMaxLength(200);
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.Published);

        // A page fetched again (same canonical URL) is recognised without reading every article.
        builder.HasIndex(a => a.Url);

        // eval export and the quality page read the reviewed articles only.
        builder.HasIndex(a => a.ReviewedAt);
        builder.HasMany(a => a.Claims).WithOne(c => c.Article).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Property(c => c.Metric).HasMaxLength(64);
        builder.Property(c => c.Value).HasPrecision(18, 4);
        builder.HasOne(c => c.Company).WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CompanyId);
    }
}

internal sealed class ImportedFileConfiguration : IEntityTypeConfiguration<ImportedFile>
{
    public void Configure(EntityTypeBuilder<ImportedFile> builder)
    {
        builder.Property(f => f.ContentHash).HasMaxLength(64);
        builder.Property(f => f.FileName).HasMaxLength(500);
        builder.Property(f => f.Kind).HasMaxLength(32);
        builder.HasIndex(f => f.ContentHash).IsUnique();
    }
}
