using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Distribution.Deliveries;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("Deliveries");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.ArticleId, d.ChannelId }).IsUnique();
        builder.HasIndex(d => new { d.State, d.DueAt });
        builder.Property(d => d.ChannelType).HasMaxLength(16);
        builder.Property(d => d.ContentHash).HasMaxLength(64);
        builder.Property(d => d.State).HasMaxLength(16);
        builder.Property(d => d.ExternalId).HasMaxLength(200);
        builder.Property(d => d.ExternalUrl).HasMaxLength(1000);
        builder.Property(d => d.LastError).HasMaxLength(2000);
        builder.Property(d => d.Progress).HasColumnType("text");
        builder.Ignore(d => d.IsRetraction);
    }
}
