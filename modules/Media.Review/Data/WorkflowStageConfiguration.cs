using Media.Abstractions.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Media.Review.Data;

internal sealed class WorkflowStageConfiguration : IEntityTypeConfiguration<WorkflowStage>
{
    public void Configure(EntityTypeBuilder<WorkflowStage> builder)
    {
        builder.ToTable("WorkflowStages");
        builder.HasKey(s => new { s.WorkflowId, s.Position });
        builder.Property(s => s.Name).HasMaxLength(ReviewLimits.StageName).IsRequired();
        builder.Property(s => s.Role).HasMaxLength(32).IsRequired();
    }
}
