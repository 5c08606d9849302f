namespace Media.Review.Workflows;

/// <summary>An ordered list of stages; the last one is the sign-off (终审/签发).</summary>
public sealed record WorkflowDefinition(Guid Id, string Name, IReadOnlyList<ReviewStage> Stages, bool IsDefault)
{
    public bool IsLast(int index) => index == Stages.Count - 1;
}
