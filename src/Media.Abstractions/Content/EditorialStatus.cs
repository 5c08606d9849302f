namespace Media.Abstractions.Content;

/// <summary>The contract's article states, for modules that meet articles only through contracts, and the one
/// table of the Chinese words the newsroom reads for them.</summary>
public static class EditorialStatus
{
    public const string Draft = "draft";
    public const string InReview = "in_review";
    public const string Approved = "approved";
    public const string Scheduled = "scheduled";
    public const string Published = "published";
    public const string Retracted = "retracted";
    public const string Correcting = "correcting";

    public static readonly IReadOnlyList<string> All = [Draft, InReview, Approved, Scheduled, Published, Retracted];

    /// <summary>How every page names <paramref name="status"/>; an unknown state shows as itself.</summary>
    public static string Label(string status) => status switch
    {
        Draft => "草稿",
        InReview => "审核中",
        Approved => "已签发",
        Scheduled => "定时发布",
        Published => "已发布",
        Retracted => "已撤稿",
        Correcting => "更正中",
        _ => status,
    };
}
