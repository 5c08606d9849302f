namespace Media.Abstractions.Content;

/// <summary>The contract's article states, for modules that meet articles only through contracts.</summary>
public static class EditorialStatus
{
    public const string Draft = "draft";
    public const string InReview = "in_review";
    public const string Approved = "approved";
    public const string Scheduled = "scheduled";
    public const string Published = "published";
    public const string Retracted = "retracted";

    public static readonly IReadOnlyList<string> All = [Draft, InReview, Approved, Scheduled, Published, Retracted];
}
