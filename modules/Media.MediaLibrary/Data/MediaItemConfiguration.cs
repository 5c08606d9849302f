using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.MediaLibrary.Data;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.ToTable("MediaItems");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(m => m.Sha256).IsUnique();
        builder.Property(m => m.FileName).HasMaxLength(MediaItemLimits.FileName).IsRequired();
        builder.Property(m => m.ContentType).HasMaxLength(MediaItemLimits.ContentType).IsRequired();
        builder.Property(m => m.Format).HasMaxLength(MediaItemLimits.Format).IsRequired();
        builder.Property(m => m.OriginalKey).HasMaxLength(MediaItemLimits.OriginalKey).IsRequired();
        builder.Property(m => m.Alt).HasMaxLength(MediaItemLimits.Alt);
        builder.Property(m => m.Caption).HasMaxLength(MediaItemLimits.Caption);
        builder.Property(m => m.VariantsJson).HasColumnName("Variants").IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => m.UploadedAt);
    }
}
