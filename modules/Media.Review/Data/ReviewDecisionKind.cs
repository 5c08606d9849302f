namespace Media.Review.Data;

/// <summary>What a reviewer decided at a stage: the <c>decision</c> words of docs/http-api.md §4.4.</summary>
public static class ReviewDecisionKind
{
    public const string Approve = "approve";
    public const string Reject = "reject";
}
