using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.AuditTrail.Data;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "AuditEntries";
    public const int SourceIpLength = 64;
    public const int UserAgentLength = 400;

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.Seq);
        builder.Property(e => e.Seq).ValueGeneratedNever();
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.SubjectKind).HasMaxLength(32);
        builder.Property(e => e.SubjectId).HasMaxLength(200);
        builder.Property(e => e.ContentHash).HasMaxLength(64);
        builder.Property(e => e.Data).HasColumnType("text");
        builder.Property(e => e.SourceIp).HasMaxLength(SourceIpLength);
        builder.Property(e => e.UserAgent).HasMaxLength(UserAgentLength);
        builder.Property(e => e.PrevHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.Ignore(e => e.RecordedOrder);
        builder.HasIndex(e => new { e.ArticleId, e.Seq });
        builder.HasIndex(e => new { e.ActorId, e.Seq });
        builder.HasIndex(e => new { e.Action, e.Seq });
        builder.HasIndex(e => e.At);
    }
}
