using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Channels.WeChat.Pushes.Allowance;

internal sealed class MassSendLockConfiguration : IEntityTypeConfiguration<MassSendLock>
{
    public void Configure(EntityTypeBuilder<MassSendLock> builder)
    {
        builder.ToTable("WeChatMassSendLocks");
        builder.HasKey(l => l.ChannelId);
        builder.Property(l => l.ChannelId).ValueGeneratedNever();
        builder.Property(l => l.Revision).IsConcurrencyToken();
    }
}
