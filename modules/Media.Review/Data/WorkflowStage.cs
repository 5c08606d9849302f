namespace Media.Review.Data;

/// <summary>One stage of a <see cref="Workflow"/>: 初审, 复审, 终审… and the role that decides it.</summary>
public sealed class WorkflowStage
{
    public Guid WorkflowId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public required string Role { get; set; }
}
