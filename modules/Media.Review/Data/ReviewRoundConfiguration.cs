using Media.Abstractions.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Review.Data;

internal sealed class ReviewRoundConfiguration : IEntityTypeConfiguration<ReviewRound>
{
    public void Configure(EntityTypeBuilder<ReviewRound> builder)
    {
        builder.ToTable("ReviewRounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.WorkflowName).HasMaxLength(ReviewLimits.WorkflowName).IsRequired();
        builder.Property(r => r.StagesJson).IsRequired();
        builder.Property(r => r.SubmittedHash).HasMaxLength(64).IsRequired();
        builder.Property(r => r.SubmittedByName).HasMaxLength(100);
        builder.Property(r => r.SubmitComment).HasMaxLength(ReviewLimits.Comment);
        builder.Property(r => r.State).HasMaxLength(16).IsRequired().IsConcurrencyToken();
        builder.Property(r => r.LexiconVersion).HasMaxLength(32).IsRequired();
        builder.Property(r => r.ScreeningJson).IsRequired();
        builder.Property(r => r.SignedHash).HasMaxLength(64);
        builder.HasMany(r => r.Decisions).WithOne().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        // The database itself refuses a second open round of one article (a double-clicked submit).
        builder.HasIndex(r => r.ArticleId).IsUnique().HasFilter("\"State\" = 'open'").HasDatabaseName("IX_ReviewRounds_OneOpenPerArticle");
    }
}
