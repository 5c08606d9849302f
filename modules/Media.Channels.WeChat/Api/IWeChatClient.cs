namespace Media.Channels.WeChat.Api;

/// <summary>
/// WeChat's publishing API, one idempotent-to-store step per call: a delivery job stores what each step returned
/// (image URLs, cover media_id, draft media_id, publish_id, article_id) before it takes the next. Every failure is a
/// <see cref="WeChatApiException"/> classified as retryable, rate-limited or permanent.
/// </summary>
public interface IWeChatClient
{
    /// <summary>media/uploadimg: an in-article image (JPG/PNG, at most 1 MB) → its WeChat-hosted URL.</summary>
    Task<WeChatUploadedImage> UploadContentImageAsync(WeChatAccount account, WeChatImageFile image, CancellationToken cancellationToken);

    /// <summary>material/add_material: a permanent image (a cover) → media_id (and URL).</summary>
    Task<WeChatMaterial> AddImageMaterialAsync(WeChatAccount account, WeChatImageFile image, WeChatMaterialType type,
        CancellationToken cancellationToken);

    /// <summary>draft/add: a draft of one or more articles → its media_id. Not idempotent on WeChat's side: store the result.</summary>
    Task<WeChatDraft> AddDraftAsync(WeChatAccount account, IReadOnlyList<WeChatDraftArticle> articles, CancellationToken cancellationToken);

    /// <summary>draft/get: whether the draft is still in the draft box (false when WeChat answers 40007: unknown, deleted
    /// or consumed by a publish, docs/wechat.md §5.2).</summary>
    Task<bool> DraftExistsAsync(WeChatAccount account, string draftMediaId, CancellationToken cancellationToken);

    /// <summary>draft/batchget without content: one page of the draft box (count 1..20).</summary>
    Task<WeChatListPage> ListDraftsAsync(WeChatAccount account, int offset, int count, CancellationToken cancellationToken);

    /// <summary>draft/delete: removes a draft. Irreversible; 40007 when it is not there.</summary>
    Task DeleteDraftAsync(WeChatAccount account, string draftMediaId, CancellationToken cancellationToken);

    /// <summary>freepublish/batchget without content: one page of the published articles (count 1..20).</summary>
    Task<WeChatListPage> ListPublishedAsync(WeChatAccount account, int offset, int count, CancellationToken cancellationToken);

    /// <summary>freepublish/submit: starts publishing a draft → publish_id (the outcome comes later).</summary>
    Task<WeChatPublishSubmission> SubmitPublishAsync(WeChatAccount account, string draftMediaId, CancellationToken cancellationToken);

    /// <summary>freepublish/get: where a publish job stands; counts against a 100-a-day quota, so poll with back-off.</summary>
    Task<WeChatPublishStatus> GetPublishStatusAsync(WeChatAccount account, string publishId, CancellationToken cancellationToken);

    /// <summary>freepublish/delete: removes a published article (index 1-based; 0 removes all articles of the job).</summary>
    Task DeletePublishedAsync(WeChatAccount account, string articleId, int index, CancellationToken cancellationToken);

    /// <summary>message/mass/sendall of a draft (群发) to every follower or one tag, deduplicated by
    /// <paramref name="clientMsgId"/>: a repeat WeChat answers with 45065 comes back as the earlier send
    /// (<see cref="WeChatMassSend.WasRepeat"/>), never as a second one (docs/wechat.md §8, §15).</summary>
    Task<WeChatMassSend> SendToFollowersAsync(WeChatAccount account, string draftMediaId, long? tagId, string clientMsgId,
        CancellationToken cancellationToken);

    /// <summary>message/mass/get: SENDING, SEND_SUCCESS, SEND_FAIL or DELETE.</summary>
    Task<string> GetMassSendStatusAsync(WeChatAccount account, long msgId, CancellationToken cancellationToken);

    /// <summary>message/mass/preview: the draft to one person's WeChat (微信号), the draft stays in the box.</summary>
    Task PreviewAsync(WeChatAccount account, string draftMediaId, string wxName, CancellationToken cancellationToken);

    /// <summary>message/mass/delete: one article of a mass send (1-based), or all of them with 0.</summary>
    Task DeleteMassSendAsync(WeChatAccount account, long msgId, int articleIdx, CancellationToken cancellationToken);
}
