namespace Media.Channels.WeChat.Delivery;

/// <summary>
/// What a WeChat delivery saves in its progress, one key per external id, each the moment WeChat returns it, so a
/// retried or resumed delivery skips the step instead of repeating it (draft/add is not idempotent on WeChat's side).
/// </summary>
public static class WeChatProgressKeys
{
    /// <summary>Prefix of one body image: <c>img:&lt;src as in the article&gt;</c> → its media/uploadimg URL.</summary>
    public const string ImagePrefix = "img:";

    /// <summary>The cover's permanent material media_id (draft thumb_media_id).</summary>
    public const string ThumbMediaId = "thumbMediaId";

    /// <summary>The title and 阅读原文 link the draft was made with (JSON), saved before draft/add: what finds the draft or
    /// its publication in WeChat's lists after a lost answer, also for a retraction, which has no article to read them
    /// from (docs/wechat.md §12.4).</summary>
    public const string DraftIdentity = "draftIdentity";

    /// <summary>When draft/add was sent (UTC, round-trip format), saved before the call: if its answer is lost, the next
    /// attempt looks for the draft it may have made before adding another (docs/wechat.md §12.4).</summary>
    public const string DraftAddSentAt = "draftAddSentAt";

    /// <summary>When freepublish/submit was sent (UTC, round-trip format), saved before the call: if its answer is lost,
    /// the next attempt asks WeChat what became of the draft before submitting again (docs/wechat.md §12.4). Cleared
    /// (saved empty) when WeChat answered with an errcode, i.e. refused the submit.</summary>
    public const string SubmitSentAt = "submitSentAt";

    /// <summary>The draft's media_id from draft/add.</summary>
    public const string DraftMediaId = "draftMediaId";

    /// <summary>The publish job's publish_id from freepublish/submit; PUBLISHJOBFINISH names it too.</summary>
    public const string PublishId = "publishId";

    /// <summary>The published article's article_id (what freepublish/delete takes).</summary>
    public const string ArticleId = "articleId";

    /// <summary>The published article's permanent link.</summary>
    public const string ArticleUrl = "articleUrl";

    public static string Image(string src) => ImagePrefix + src;
}
