using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Channels.WeChat.Pushes.Data;

internal sealed class PushConfiguration : IEntityTypeConfiguration<Push>
{
    public void Configure(EntityTypeBuilder<Push> builder)
    {
        builder.ToTable("WeChatPushes");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.ChannelId, p.CreatedAt });
        builder.Property(p => p.Mode).HasMaxLength(16);
        builder.Property(p => p.Target).HasMaxLength(32);
        builder.Property(p => p.Status).HasMaxLength(32);
        builder.Property(p => p.ContentHash).HasMaxLength(64);
        builder.Property(p => p.ExternalIds).HasColumnType("text");
        builder.Property(p => p.LastError).HasMaxLength(2000);
        builder.Property(p => p.RetractionNote).HasMaxLength(2000);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasMany(p => p.Articles).WithOne().HasForeignKey(a => a.PushId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Articles).AutoInclude();
    }
}
