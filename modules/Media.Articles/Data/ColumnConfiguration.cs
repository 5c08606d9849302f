using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Articles.Data;

internal sealed class ColumnConfiguration : IEntityTypeConfiguration<Column>
{
    public void Configure(EntityTypeBuilder<Column> builder)
    {
        builder.ToTable("Columns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(ArticleLimits.ColumnName).IsRequired();
        builder.Property(c => c.Slug).HasMaxLength(ArticleLimits.Slug).IsRequired();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasOne<Column>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
