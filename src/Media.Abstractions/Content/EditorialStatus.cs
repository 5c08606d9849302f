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

    /// <summary>The word for a piece a reviewer sent back (a <see cref="Draft"/> or <see cref="Correcting"/> piece with
    /// the reviewer's comment still on it): the newsroom reads 退回修改, not 草稿.</summary>
    public const string SentBackLabel = "退回修改";

    /// <summary>Whether a piece in <paramref name="status"/> carrying <paramref name="lastReviewComment"/> came back
    /// from review (the comment is cleared when it is submitted again).</summary>
    public static bool IsSentBack(string status, string? lastReviewComment) =>
        lastReviewComment is not null && status is Draft or Correcting;

    /// <summary>How lists and article pages name a piece: <see cref="SentBackLabel"/> when it came back from review,
    /// else <see cref="Label(string)"/>.</summary>
    public static string Label(string status, string? lastReviewComment) =>
        IsSentBack(status, lastReviewComment) ? SentBackLabel : Label(status);
}
