using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Channels.WeChat.Pushes.Data;

internal sealed class PushEventConfiguration : IEntityTypeConfiguration<PushEvent>
{
    public void Configure(EntityTypeBuilder<PushEvent> builder)
    {
        builder.ToTable("WeChatPushEvents");
        builder.HasKey(e => e.Id);
        // WeChat retries a callback up to three times: one row per job, whichever copy arrives first.
        builder.HasIndex(e => new { e.ChannelId, e.Kind, e.ExternalId }).IsUnique();
        builder.Property(e => e.Kind).HasMaxLength(16);
        builder.Property(e => e.ExternalId).HasMaxLength(64);
        builder.Property(e => e.Facts).HasColumnType("text");
    }
}
