using Media.Abstractions.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Review.Data;

internal sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<ReviewDecision> builder)
    {
        builder.ToTable("ReviewDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.StageName).HasMaxLength(ReviewLimits.StageName).IsRequired();
        builder.Property(d => d.Role).HasMaxLength(32).IsRequired();
        builder.Property(d => d.ReviewerName).HasMaxLength(100);
        builder.Property(d => d.Decision).HasMaxLength(16).IsRequired();
        builder.Property(d => d.Comment).HasMaxLength(ReviewLimits.Comment);
        builder.Property(d => d.ContentHash).HasMaxLength(64).IsRequired();
        builder.Property(d => d.LexiconVersion).HasMaxLength(32).IsRequired();
        // One decision per stage of a round (a double click loses), and one stage per reviewer in a round
        // (separation of duties, even when two requests race).
        builder.HasIndex(d => new { d.RoundId, d.StageIndex }).IsUnique();
        builder.HasIndex(d => new { d.RoundId, d.ReviewerId }).IsUnique();
    }
}
