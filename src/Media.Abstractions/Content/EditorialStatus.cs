namespace Media.Abstractions.Content;

/// <summary>The article states of the HTTP API (docs/lifecycle.md §1) and the one table of the Chinese words the
/// newsroom reads for them. Which operation leads from which state to which is the Articles module's transition
/// table (docs/lifecycle.md §2).</summary>
public static class EditorialStatus
{
    public const string Draft = "draft";
    public const string InReview = "in_review";
    public const string Approved = "approved";
    public const string Scheduled = "scheduled";
    public const string Published = "published";
    public const string Retracted = "retracted";

    /// <summary>A published piece whose correction (更正) is being written; the published version stays live.</summary>
    public const string Correcting = "correcting";

    public static readonly IReadOnlyList<string> All = [Draft, InReview, Approved, Scheduled, Published, Retracted, Correcting];

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
