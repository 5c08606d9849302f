using Media.Review.Workflows;

namespace Media.Review.Endpoints;

public sealed record WorkflowResponse(Guid Id, string Name, IReadOnlyList<ReviewStage> Stages, bool IsDefault)
{
    public static WorkflowResponse From(WorkflowDefinition w) => new(w.Id, w.Name, w.Stages, w.IsDefault);
}
