using System.Text.Json;
using Media.Channels.WeChat.Tokens;
using Microsoft.Extensions.Logging;

namespace Media.Channels.WeChat.Api;

/// <summary>The WeChat API client: a stateless singleton; tokens come from the shared <see cref="WeChatTokenCache"/>.</summary>
public sealed class WeChatClient : IWeChatClient
{
    private const int MaxContentImageBytes = 1024 * 1024;
    private const int MaxImageBytes = 10 * 1024 * 1024;
    private const int MaxThumbBytes = 64 * 1024;
    private const int InvalidMediaId = 40007;
    private const int DuplicateClientMsgId = 45065;

    private readonly WeChatTransport transport;
    private readonly WeChatTokenCache tokens;
    private readonly TimeProvider time;
    private readonly ILogger<WeChatClient> logger;

    internal WeChatClient(WeChatTransport transport, WeChatTokenCache tokens, TimeProvider time, ILogger<WeChatClient> logger)
    {
        this.transport = transport;
        this.tokens = tokens;
        this.time = time;
        this.logger = logger;
    }

    public async Task<WeChatUploadedImage> UploadContentImageAsync(WeChatAccount account, WeChatImageFile image,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        const string endpoint = "media/uploadimg";
        var format = CheckImage(endpoint, image, [WeChatUpload.Jpeg, WeChatUpload.Png], MaxContentImageBytes, 40009,
            "正文图片只能是 JPG 或 PNG", "正文图片须小于 1MB");
        var body = await CallAsync(account, endpoint, null, () => WeChatUpload.Build(image, format), cancellationToken);
        return new WeChatUploadedImage(Required(endpoint, body, "url"));
    }

    public async Task<WeChatMaterial> AddImageMaterialAsync(WeChatAccount account, WeChatImageFile image, WeChatMaterialType type,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        const string endpoint = "material/add_material";
        var format = type == WeChatMaterialType.Thumb
            ? CheckImage(endpoint, image, [WeChatUpload.Jpeg], MaxThumbBytes, 40012, "封面缩略图只能是 JPG", "封面缩略图须小于 64KB")
            : CheckImage(endpoint, image, [WeChatUpload.Jpeg, WeChatUpload.Png, WeChatUpload.Gif, WeChatUpload.Bmp], MaxImageBytes,
                40009, "封面图片只能是 JPG、PNG、GIF 或 BMP", "封面图片须小于 10MB");
        var query = type == WeChatMaterialType.Thumb ? "type=thumb" : "type=image";
        var body = await CallAsync(account, endpoint, query, () => WeChatUpload.Build(image, format), cancellationToken);
        return new WeChatMaterial(Required(endpoint, body, "media_id"), body.Str("url"));
    }

    public async Task<WeChatDraft> AddDraftAsync(WeChatAccount account, IReadOnlyList<WeChatDraftArticle> articles,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        const string endpoint = "draft/add";
        var request = new WeChatWire.DraftAdd(articles.Select(WeChatWire.Article.From).ToList());
        var body = await CallAsync(account, endpoint, null, () => WeChatJson.Content(request), cancellationToken);
        return new WeChatDraft(Required(endpoint, body, "media_id"));
    }

    public async Task<bool> DraftExistsAsync(WeChatAccount account, string draftMediaId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(draftMediaId);
        try
        {
            var body = await CallAsync(account, "draft/get", null, () => WeChatJson.Content(new WeChatWire.MediaId(draftMediaId)),
                cancellationToken);
            return body.Array("news_item").Any();
        }
        catch (WeChatApiException e) when (e.Errcode == InvalidMediaId)
        {
            return false;
        }
    }

    public Task<WeChatListPage> ListDraftsAsync(WeChatAccount account, int offset, int count, CancellationToken cancellationToken) =>
        ListAsync(account, "draft/batchget", "media_id", offset, count, cancellationToken);

    public async Task DeleteDraftAsync(WeChatAccount account, string draftMediaId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(draftMediaId);
        await CallAsync(account, "draft/delete", null, () => WeChatJson.Content(new WeChatWire.MediaId(draftMediaId)), cancellationToken);
    }

    public Task<WeChatListPage> ListPublishedAsync(WeChatAccount account, int offset, int count, CancellationToken cancellationToken) =>
        ListAsync(account, "freepublish/batchget", "article_id", offset, count, cancellationToken);

    public async Task<WeChatPublishSubmission> SubmitPublishAsync(WeChatAccount account, string draftMediaId,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(draftMediaId);
        const string endpoint = "freepublish/submit";
        var request = new WeChatWire.MediaId(draftMediaId);
        var body = await CallAsync(account, endpoint, null, () => WeChatJson.Content(request), cancellationToken);
        return new WeChatPublishSubmission(Required(endpoint, body, "publish_id"), body.Str("msg_data_id"));
    }

    public async Task<WeChatPublishStatus> GetPublishStatusAsync(WeChatAccount account, string publishId,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(publishId);
        const string endpoint = "freepublish/get";
        var request = new WeChatWire.PublishId(publishId);
        var body = await CallAsync(account, endpoint, null, () => WeChatJson.Content(request), cancellationToken);
        var status = body.Int("publish_status")
            ?? throw Unexpected(endpoint, "publish_status");
        var articles = body.Object("article_detail") is { } detail
            ? detail.Array("item").Select(i => new WeChatPublishedArticle(i.Int("idx") ?? 0, i.Str("article_url") ?? "")).ToList()
            : [];
        var failIdx = body.Array("fail_idx").Select(i => i.ValueKind == JsonValueKind.Number ? i.GetInt32() : 0).ToList();
        return new WeChatPublishStatus(body.Str("publish_id") ?? publishId, (WeChatPublishState)status, status,
            body.Str("article_id"), articles, failIdx);
    }

    public async Task DeletePublishedAsync(WeChatAccount account, string articleId, int index, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        // index is 1-based; leaving it out deletes every article of the publish (docs/wechat.md §6.3).
        var request = new WeChatWire.DeletePublished(articleId, index == 0 ? null : index);
        await CallAsync(account, "freepublish/delete", null, () => WeChatJson.Content(request), cancellationToken);
    }

    public async Task<WeChatMassSend> SendToFollowersAsync(WeChatAccount account, string draftMediaId, long? tagId, string clientMsgId,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(draftMediaId);
        ArgumentException.ThrowIfNullOrEmpty(clientMsgId);
        const string endpoint = "message/mass/sendall";
        var request = new WeChatWire.MassSendAll(new WeChatWire.MassFilter(tagId is null, tagId), new WeChatWire.MassNews(draftMediaId), clientMsgId);
        var reply = await CallAsync(account, endpoint, null, () => WeChatJson.Content(request), cancellationToken,
            accepted: DuplicateClientMsgId);
        var msgId = reply.Body.Long("msg_id") ?? throw Unexpected(endpoint, "msg_id");
        return new WeChatMassSend(msgId, reply.Body.Str("msg_data_id"), reply.Errcode == DuplicateClientMsgId);
    }

    public async Task<string> GetMassSendStatusAsync(WeChatAccount account, long msgId, CancellationToken cancellationToken)
    {
        const string endpoint = "message/mass/get";
        var body = await CallAsync(account, endpoint, null, () => WeChatJson.Content(new WeChatWire.MassMsgId(msgId)), cancellationToken);
        return Required(endpoint, body, "msg_status");
    }

    public async Task PreviewAsync(WeChatAccount account, string draftMediaId, string wxName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(draftMediaId);
        ArgumentException.ThrowIfNullOrEmpty(wxName);
        var request = new WeChatWire.MassPreview(wxName, new WeChatWire.MassNews(draftMediaId));
        await CallAsync(account, "message/mass/preview", null, () => WeChatJson.Content(request), cancellationToken);
    }

    public async Task DeleteMassSendAsync(WeChatAccount account, long msgId, int articleIdx, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(articleIdx);
        var request = new WeChatWire.MassDelete(msgId, articleIdx);
        await CallAsync(account, "message/mass/delete", null, () => WeChatJson.Content(request), cancellationToken);
    }

    /// <summary>A batchget list (docs/wechat.md §5.3, §6.4): items keyed by media_id (drafts) or article_id (publications).</summary>
    private async Task<WeChatListPage> ListAsync(WeChatAccount account, string endpoint, string idField, int offset, int count,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 20);
        var request = new WeChatWire.BatchGet(offset, count);
        var body = await CallAsync(account, endpoint, null, () => WeChatJson.Content(request), cancellationToken);
        var items = body.Array("item").Select(item => new WeChatListedItem(
            item.Str(idField) ?? "",
            DateTimeOffset.FromUnixTimeSeconds(item.Long("update_time") ?? 0),
            (item.Object("content") is { } content ? content.Array("news_item") : [])
                .Select(a => new WeChatListedArticle(a.Str("title") ?? "", a.Str("content_source_url"), a.Str("url"),
                    a.ValueKind == JsonValueKind.Object && a.TryGetProperty("is_deleted", out var d) && d.ValueKind == JsonValueKind.True))
                .ToList())).ToList();
        return new WeChatListPage(body.Int("total_count") ?? items.Count, items);
    }

    /// <summary>One business call; a refused token (40001/40014/41001/42001) is replaced and the call made once more.</summary>
    private async Task<JsonElement> CallAsync(WeChatAccount account, string endpoint, string? query, Func<HttpContent> content,
        CancellationToken cancellationToken) =>
        (await CallAsync(account, endpoint, query, content, cancellationToken, accepted: 0)).Body;

    /// <summary>As above, also taking <paramref name="accepted"/> as an answer rather than an error (45065 carries the earlier send).</summary>
    private async Task<WeChatReply> CallAsync(WeChatAccount account, string endpoint, string? query, Func<HttpContent> content,
        CancellationToken cancellationToken, int accepted)
    {
        ArgumentNullException.ThrowIfNull(account);
        var token = await tokens.GetTokenAsync(account, cancellationToken);
        var reply = await SendAsync(account, endpoint, token, query, content, cancellationToken);
        if (WeChatErrorCatalog.IsInvalidToken(reply.Errcode))
        {
            Log.TokenRejected(logger, account.AppId, endpoint, reply.Errcode);
            tokens.Invalidate(account, token);
            token = await tokens.GetTokenAsync(account, cancellationToken);
            reply = await SendAsync(account, endpoint, token, query, content, cancellationToken);
        }

        if (!reply.Succeeded && reply.Errcode != accepted)
        {
            var error = WeChatErrorCatalog.ToException(endpoint, reply.Errcode, reply.Errmsg, time.GetUtcNow());
            Log.ErrcodeReturned(logger, account.AppId, endpoint, reply.Errcode, error.Kind, reply.Errmsg);
            throw error;
        }

        return reply;
    }

    private async Task<WeChatReply> SendAsync(WeChatAccount account, string endpoint, string token, string? query,
        Func<HttpContent> content, CancellationToken cancellationToken)
    {
        using var body = content();
        return await transport.PostAsync(account, endpoint, token, query, body, cancellationToken);
    }

    private static string CheckImage(string endpoint, WeChatImageFile image, string[] formats, int maxBytes, int sizeErrcode,
        string formatMessage, string sizeMessage)
    {
        var format = WeChatUpload.Sniff(image.Bytes.Span);
        if (format is null || !formats.Contains(format))
        {
            throw new WeChatApiException(endpoint, 40005, "checked before sending: unsupported format", WeChatErrorKind.Permanent,
                $"{formatMessage}（微信错误码 40005）");
        }

        return image.Bytes.Length <= maxBytes
            ? format
            : throw new WeChatApiException(endpoint, sizeErrcode, "checked before sending: too large", WeChatErrorKind.Permanent,
                $"{sizeMessage}（微信错误码 {sizeErrcode}）");
    }

    private static string Required(string endpoint, JsonElement body, string field) =>
        body.Str(field) is { Length: > 0 } value ? value : throw Unexpected(endpoint, field);

    private static WeChatApiException Unexpected(string endpoint, string field) =>
        new(endpoint, null, $"success without {field}", WeChatErrorKind.Retryable, "微信返回的结果不完整，稍后会自动重试");
}
