using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Articles.Data;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Status).HasMaxLength(16).IsRequired();
        builder.Property(a => a.CurrentVersion).IsConcurrencyToken();
        // A status change racing an edit (or another status change) must fail one of them, not merge them.
        builder.Property(a => a.Status).IsConcurrencyToken();
        builder.Property(a => a.StageIndex).IsConcurrencyToken();
        builder.Property(a => a.StageName).HasMaxLength(Abstractions.Content.ReviewLimits.StageName);
        builder.Property(a => a.StageRole).HasMaxLength(32);
        builder.Property(a => a.LastReviewComment).HasMaxLength(Abstractions.Content.ReviewLimits.Comment);
        builder.Property(a => a.CurrentContentHash).HasMaxLength(64);
        builder.Property(a => a.SignedContentHash).HasMaxLength(64);
        builder.Property(a => a.Title).HasMaxLength(ArticleLimits.Title);
        builder.Property(a => a.CreatedByName).HasMaxLength(100);
        builder.Property(a => a.PublishedUrl).HasMaxLength(500);
        // The public site finds an article by its address (docs/http-api.md §4.12); two pieces never share one.
        builder.HasIndex(a => a.PublishedUrl).IsUnique();
        builder.Property(a => a.RetractionReason).HasMaxLength(ArticleLimits.Summary);
        builder.Property(a => a.CorrectionNote).HasMaxLength(ArticleLimits.CorrectionNote);
        builder.Property(a => a.CorrectionOpenedByName).HasMaxLength(100);
        builder.Property(a => a.CorrectionOfContentHash).HasMaxLength(64);
        builder.HasIndex(a => new { a.Status, a.PublishedAt });
        builder.HasOne<Column>().WithMany().HasForeignKey(a => a.ColumnId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.Status, a.UpdatedAt });
        builder.HasIndex(a => new { a.ColumnId, a.UpdatedAt });
        builder.HasIndex(a => new { a.CreatedBy, a.UpdatedAt });
        builder.HasIndex(a => new { a.StageRole, a.StageSince });
    }
}
