using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentWatch.Core.Feeds;

namespace TalentWatch.Data.Store.Configurations;

internal sealed class FeedConfiguration : IEntityTypeConfiguration<Feed>
{
    public void Configure(EntityTypeBuilder<Feed> builder)
    {
        builder.Property(f => f.Url).HasMaxLength(2000);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.ETag).HasMaxLength(500);
        builder.Property(f => f.LastModified).HasMaxLength(100);
        builder.Property(f => f.LastError).HasMaxLength(1000);
        builder.Property(f => f.LastStatus).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(f => f.Url).IsUnique();
        builder.HasMany(f => f.Entries).WithOne(e => e.Feed).HasForeignKey(e => e.FeedId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeedEntryConfiguration : IEntityTypeConfiguration<FeedEntry>
{
    public void Configure(EntityTypeBuilder<FeedEntry> builder)
    {
        builder.Property(e => e.Key).HasMaxLength(64);
        builder.Property(e => e.Link).HasMaxLength(2000);
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.Property(e => e.Error).HasMaxLength(1000);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);

        // Claiming an entry is inserting this row: a second poller (another web instance) gets a key violation, not a second import.
        builder.HasIndex(e => new { e.FeedId, e.Key }).IsUnique();
    }
}
