using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Screening.Data;

internal sealed class LexiconRevisionConfiguration : IEntityTypeConfiguration<LexiconRevision>
{
    public void Configure(EntityTypeBuilder<LexiconRevision> builder)
    {
        builder.ToTable("LexiconRevisions");
        builder.HasKey(r => r.Number);
        builder.Property(r => r.Number).ValueGeneratedNever();
        builder.Property(r => r.EntriesJson).IsRequired();
        builder.Property(r => r.CreatedByName).HasMaxLength(100);
    }
}
