using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Articles.Data;

internal sealed class ArticleCorrectionConfiguration : IEntityTypeConfiguration<ArticleCorrection>
{
    public void Configure(EntityTypeBuilder<ArticleCorrection> builder)
    {
        builder.ToTable("ArticleCorrections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Note).HasMaxLength(ArticleLimits.CorrectionNote).IsRequired();
        builder.Property(c => c.OpenedByName).HasMaxLength(100);
        builder.Property(c => c.OldContentHash).HasMaxLength(64);
        builder.Property(c => c.NewContentHash).HasMaxLength(64);
        builder.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Restrict);
        // One correction per corrected version: a retried publish cannot write it twice.
        builder.HasIndex(c => new { c.ArticleId, c.CorrectedVersion }).IsUnique();
        builder.HasIndex(c => c.PublishedAt);
    }
}
