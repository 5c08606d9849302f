using System.Text.Json.Serialization;

namespace Media.Channels.WeChat.Api;

/// <summary>Request bodies with WeChat's field names, exactly as WeChat's documentation spells them (docs/wechat.md §5, §6).</summary>
internal static class WeChatWire
{
    public sealed record DraftAdd([property: JsonPropertyName("articles")] IReadOnlyList<Article> Articles);

    public sealed record Article(
        [property: JsonPropertyName("article_type")] string ArticleType,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("author")] string? Author,
        [property: JsonPropertyName("digest")] string? Digest,
        [property: JsonPropertyName("content")] string Content,
        [property: JsonPropertyName("content_source_url")] string? ContentSourceUrl,
        [property: JsonPropertyName("thumb_media_id")] string ThumbMediaId,
        // 0/1 numbers, not booleans (docs/wechat.md §12.1).
        [property: JsonPropertyName("need_open_comment")] int NeedOpenComment,
        [property: JsonPropertyName("only_fans_can_comment")] int OnlyFansCanComment,
        [property: JsonPropertyName("pic_crop_235_1")] string? PicCrop235By1,
        [property: JsonPropertyName("pic_crop_1_1")] string? PicCrop1By1)
    {
        public static Article From(WeChatDraftArticle a) => new("news", a.Title, Blank(a.Author), Blank(a.Digest), a.Content,
            Blank(a.ContentSourceUrl), a.ThumbMediaId, a.NeedOpenComment ? 1 : 0, a.OnlyFansCanComment ? 1 : 0,
            Blank(a.PicCrop235By1), Blank(a.PicCrop1By1));

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public sealed record MediaId([property: JsonPropertyName("media_id")] string Value);

    // no_content 1: the lists are read for titles, links and times only (docs/wechat.md §5.3, §6.4).
    public sealed record BatchGet(
        [property: JsonPropertyName("offset")] int Offset,
        [property: JsonPropertyName("count")] int Count,
        [property: JsonPropertyName("no_content")] int NoContent = 1);

    // Sent as a JSON string, as WeChat's documented example does (docs/wechat.md §6.2).
    public sealed record PublishId([property: JsonPropertyName("publish_id")] string Value);

    public sealed record DeletePublished(
        [property: JsonPropertyName("article_id")] string ArticleId,
        [property: JsonPropertyName("index")] int? Index);

    public sealed record MassFilter(
        [property: JsonPropertyName("is_to_all")] bool IsToAll,
        [property: JsonPropertyName("tag_id")] long? TagId);

    public sealed record MassNews([property: JsonPropertyName("media_id")] string MediaId);

    // mpnews takes a draft's media_id (docs/wechat.md §8); send_ignore_reprint 0 stops on a reprint the original forbids.
    public sealed record MassSendAll(
        [property: JsonPropertyName("filter")] MassFilter Filter,
        [property: JsonPropertyName("mpnews")] MassNews MpNews,
        [property: JsonPropertyName("clientmsgid")] string ClientMsgId,
        [property: JsonPropertyName("msgtype")] string MsgType = "mpnews",
        [property: JsonPropertyName("send_ignore_reprint")] int SendIgnoreReprint = 0);

    public sealed record MassPreview(
        [property: JsonPropertyName("towxname")] string ToWxName,
        [property: JsonPropertyName("mpnews")] MassNews MpNews,
        [property: JsonPropertyName("msgtype")] string MsgType = "mpnews");

    public sealed record MassMsgId([property: JsonPropertyName("msg_id")] long MsgId);

    public sealed record MassDelete(
        [property: JsonPropertyName("msg_id")] long MsgId,
        [property: JsonPropertyName("article_idx")] int ArticleIdx);
}
