using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentWatch.Core.Articles;

namespace TalentWatch.Data.Store.Configurations;

internal sealed class PossibleDepartureDismissalConfiguration : IEntityTypeConfiguration<PossibleDepartureDismissal>
{
    public void Configure(EntityTypeBuilder<PossibleDepartureDismissal> builder)
    {
        builder.Property(d => d.DismissedBy).HasMaxLength(200);
        builder.HasOne<Article>().WithMany().HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);

        // One dismissal per sentence: dismissing it twice (two editors at once) is a key violation the command turns into "already dismissed".
        builder.HasIndex(d => new { d.ArticleId, d.SpanStart, d.SpanLength }).IsUnique();
    }
}
