using Media.Abstractions.Screening;
using Media.Review.Data;
using Media.Review.Workflows;

namespace Media.Review.Rounds;

public sealed record DecisionView(int StageIndex, string StageName, string Role, Guid ReviewerId, string ReviewerName,
    string Decision, string? Comment, int Version, string ContentHash, string LexiconVersion, DateTimeOffset At)
{
    public static DecisionView From(ReviewDecision d) => new(d.StageIndex, d.StageName, d.Role, d.ReviewerId, d.ReviewerName,
        d.Decision, d.Comment, d.Version, d.ContentHash, d.LexiconVersion, d.At);
}

/// <summary>One review round as <c>GET /api/articles/{id}/reviews</c> shows it.</summary>
public sealed record RoundView(int Round, string State, Guid WorkflowId, string WorkflowName, IReadOnlyList<ReviewStage> Stages,
    int SubmittedVersion, string SubmittedHash, Guid SubmittedBy, string SubmittedByName, DateTimeOffset SubmittedAt,
    string? SubmitComment, DateTimeOffset? ClosedAt, int? SignedVersion, string? SignedHash, string LexiconVersion,
    IReadOnlyList<ScreeningFinding> Screening, IReadOnlyList<DecisionView> Decisions)
{
    public static RoundView From(ReviewRound r) => new(r.Number, r.State, r.WorkflowId, r.WorkflowName, RoundStages.Read(r.StagesJson),
        r.SubmittedVersion, r.SubmittedHash, r.SubmittedBy, r.SubmittedByName, r.SubmittedAt, r.SubmitComment, r.ClosedAt,
        r.SignedVersion, r.SignedHash, r.LexiconVersion,
        RoundStages.ReadFindings<List<ScreeningFinding>>(r.ScreeningJson) ?? [],
        r.Decisions.OrderBy(d => d.StageIndex).Select(DecisionView.From).ToList());
}
