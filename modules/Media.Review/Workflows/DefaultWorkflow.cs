using Media.Abstractions.Security;

namespace Media.Review.Workflows;

/// <summary>The workflow of every column that names none: 初审 Editor → 复审 ChiefEditor → 终审 Leader. It needs no
/// configuration, so it is a value rather than a row; its id is fixed so that columns may name it too.</summary>
public static class DefaultWorkflow
{
    public static readonly Guid Id = new("6d656469-6100-4000-8000-00000000d3f1");

    public static readonly WorkflowDefinition Definition = new(Id, "三审（默认）",
    [
        new ReviewStage("初审", MediaRoles.Editor),
        new ReviewStage("复审", MediaRoles.ChiefEditor),
        new ReviewStage("终审", MediaRoles.Leader),
    ], IsDefault: true);
}
