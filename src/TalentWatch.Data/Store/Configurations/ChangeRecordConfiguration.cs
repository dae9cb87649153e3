using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentWatch.Core.History;

namespace TalentWatch.Data.Store.Configurations;

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.ToTable("Changes");
        builder.Property(c => c.ActorId).HasMaxLength(450);
        builder.Property(c => c.ActorName).HasMaxLength(256);
        builder.Property(c => c.Action).HasMaxLength(32);
        builder.Property(c => c.Summary).HasMaxLength(1000);

        // History panels read one record's changes, newest first.
        builder.HasIndex(c => new { c.RecordType, c.RecordId, c.At });
    }
}
