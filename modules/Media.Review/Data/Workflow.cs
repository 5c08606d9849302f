namespace Media.Review.Data;

/// <summary>A review workflow an Admin defined: ordered stages, each decided by one role. Never changed after
/// creation; a round keeps a snapshot of the stages it started with anyway.</summary>
public sealed class Workflow
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public List<WorkflowStage> Stages { get; set; } = [];

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
