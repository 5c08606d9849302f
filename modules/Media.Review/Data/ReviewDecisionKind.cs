namespace Media.Review.Data;

/// <summary>What a reviewer decided at a stage: the contract's <c>decision</c> words.</summary>
public static class ReviewDecisionKind
{
    public const string Approve = "approve";
    public const string Reject = "reject";
}
