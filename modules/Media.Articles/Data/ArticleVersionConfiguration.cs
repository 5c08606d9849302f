using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Articles.Data;

internal sealed class ArticleVersionConfiguration : IEntityTypeConfiguration<ArticleVersion>
{
    public void Configure(EntityTypeBuilder<ArticleVersion> builder)
    {
        builder.ToTable("ArticleVersions");
        // (article, version) is the key: two saves racing for the same next version cannot both land.
        builder.HasKey(v => new { v.ArticleId, v.Version });
        builder.HasOne<Article>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Title).HasMaxLength(ArticleLimits.Title).IsRequired();
        builder.Property(v => v.Subtitle).HasMaxLength(ArticleLimits.Subtitle);
        builder.Property(v => v.Author).HasMaxLength(ArticleLimits.Author);
        builder.Property(v => v.Source).HasMaxLength(ArticleLimits.Source);
        builder.Property(v => v.Summary).HasMaxLength(ArticleLimits.Summary);
        builder.Property(v => v.Body).HasColumnType("text").IsRequired();
        builder.Property(v => v.ContentHash).HasMaxLength(64).IsRequired();
        builder.Property(v => v.CreatedByName).HasMaxLength(100);
        builder.Property(v => v.Tags)
            .HasConversion(
                tags => JsonSerializer.Serialize(tags, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<string>>(json, JsonSerializerOptions.Default) ?? new List<string>())
            .Metadata.SetValueComparer(new ValueComparer<List<string>>(
                (a, b) => (a ?? new()).SequenceEqual(b ?? new()),
                tags => tags.Aggregate(0, (h, t) => HashCode.Combine(h, t.GetHashCode())),
                tags => tags.ToList()));
    }
}
