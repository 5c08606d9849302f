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
        builder.Property(a => a.CurrentContentHash).HasMaxLength(64);
        builder.Property(a => a.SignedContentHash).HasMaxLength(64);
        builder.Property(a => a.Title).HasMaxLength(ArticleLimits.Title);
        builder.Property(a => a.CreatedByName).HasMaxLength(100);
        builder.Property(a => a.PublishedUrl).HasMaxLength(500);
        builder.HasOne<Column>().WithMany().HasForeignKey(a => a.ColumnId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.Status, a.UpdatedAt });
        builder.HasIndex(a => new { a.ColumnId, a.UpdatedAt });
        builder.HasIndex(a => new { a.CreatedBy, a.UpdatedAt });
    }
}
