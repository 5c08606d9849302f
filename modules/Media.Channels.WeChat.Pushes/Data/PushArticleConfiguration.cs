using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Channels.WeChat.Pushes.Data;

internal sealed class PushArticleConfiguration : IEntityTypeConfiguration<PushArticle>
{
    public void Configure(EntityTypeBuilder<PushArticle> builder)
    {
        builder.ToTable("WeChatPushArticles");
        builder.HasKey(a => new { a.PushId, a.Position });
        // A change to an article finds the pushes that list it (docs/wechat.md §15.3).
        builder.HasIndex(a => a.ArticleId);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Url).HasMaxLength(1000);
    }
}
