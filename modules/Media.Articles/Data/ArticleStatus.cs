namespace Media.Articles.Data;

/// <summary>Editorial states. Stored and serialized as the contract's snake_case words.</summary>
public static class ArticleStatus
{
    public const string Draft = "draft";
    public const string InReview = "in_review";
    public const string Approved = "approved";
    public const string Scheduled = "scheduled";
    public const string Published = "published";
    public const string Retracted = "retracted";

    public static readonly IReadOnlyList<string> All = [Draft, InReview, Approved, Scheduled, Published, Retracted];
}
