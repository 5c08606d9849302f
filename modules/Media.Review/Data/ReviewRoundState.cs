namespace Media.Review.Data;

/// <summary>Where a review round stands. Only one round of an article is <see cref="Open"/> at a time.</summary>
public static class ReviewRoundState
{
    public const string Open = "open";
    public const string Withdrawn = "withdrawn";
    public const string Rejected = "rejected";
    public const string SignedOff = "signed_off";

    /// <summary>Signed off, then reopened for changes: the sign-off no longer counts.</summary>
    public const string Voided = "voided";

    /// <summary>The piece was retracted (撤稿) while the round was still open (a correction under review).</summary>
    public const string Retracted = "retracted";
}
