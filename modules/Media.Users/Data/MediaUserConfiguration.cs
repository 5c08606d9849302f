using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Users.Data;

internal sealed class MediaUserConfiguration : IEntityTypeConfiguration<MediaUser>
{
    public void Configure(EntityTypeBuilder<MediaUser> builder)
    {
        builder.ToTable("Users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.UserName).HasMaxLength(UserLimits.UserName).IsRequired();
        builder.Property(u => u.NormalizedUserName).HasMaxLength(UserLimits.UserName).IsRequired();
        builder.HasIndex(u => u.NormalizedUserName).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(UserLimits.DisplayName).IsRequired();
        builder.Property(u => u.PasswordHash).HasMaxLength(512);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64).IsConcurrencyToken();
        builder.Property(u => u.KeptSessionId).HasMaxLength(64);
        builder.Property(u => u.TotpSecret).HasMaxLength(1024);
        builder.Ignore(u => u.RoleNames);
        builder.Ignore(u => u.HasTotp);
        builder.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
