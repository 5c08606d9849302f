namespace Media.Review.Data;

/// <summary>A review workflow an Admin defined: ordered stages, each decided by one role. An Admin may edit it; a
/// round keeps a snapshot of the stages it started with (<c>ReviewRound.StagesJson</c>), so an edit applies to
/// submissions from then on only.</summary>
public sealed class Workflow
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public List<WorkflowStage> Stages { get; set; } = [];

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
