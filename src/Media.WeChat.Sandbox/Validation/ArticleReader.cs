using System.Text;
using System.Text.Json;
using Media.WeChat.Sandbox.Protocol;
using Media.WeChat.Sandbox.State;

namespace Media.WeChat.Sandbox.Validation;

/// <summary>
/// Reads one "articles" item of draft/add or draft/update and applies the documented limits
/// (title ≤32, author ≤16, digest ≤128 characters; content &lt;20,000 characters and &lt;1 MB; source URL ≤1 KB).
/// The errcodes for the length limits are not documented; these are the global-list candidates.
/// </summary>
internal static class ArticleReader
{
    private const int MaxContentChars = 20_000;
    private const int MaxContentBytes = 1024 * 1024;

    public static ArticleReadResult Read(JsonElement item, string appId, SandboxState state, string? ownImageBase)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return ArticleReadResult.Fail(47001);
        }

        var type = item.Str("article_type") ?? "news";
        var title = item.Str("title");
        var content = item.Str("content");
        var error = type is not ("news" or "newspic") || string.IsNullOrEmpty(title) || content is null ? 47001
            : CheckLengths(item, title, content)
            ?? CheckFlags(item)
            ?? (type == "news" ? CheckCover(item, appId, state) : CheckImageList(item, appId, state));
        if (error is { } errcode)
        {
            return ArticleReadResult.Fail(errcode);
        }

        var thumb = item.Str("thumb_media_id") is { } thumbId ? state.Media.FindMaterial(appId, thumbId) : null;
        var stored = state.Options.SanitizeContent ? ContentSanitizer.Sanitize(content!, ownImageBase) : content!;
        return new ArticleReadResult(new SandboxArticle(type, title!, item.Str("author"), item.Str("digest"), stored,
            item.Str("content_source_url"), thumb?.MediaId, item.Int("need_open_comment") ?? 0,
            item.Int("only_fans_can_comment") ?? 0, item.Str("pic_crop_235_1"), item.Str("pic_crop_1_1"),
            item.Get("image_info")?.Clone(), item.Get("cover_info")?.Clone(), item.Get("product_info")?.Clone(),
            thumb?.Url), 0);
    }

    private static int? CheckLengths(JsonElement item, string title, string content)
    {
        if (Characters(title) > 32)
        {
            return 45003;
        }

        if (Characters(item.Str("author")) > 16)
        {
            return 45110;
        }

        if (Characters(item.Str("digest")) > 128)
        {
            return 45004;
        }

        if (Characters(content) >= MaxContentChars || Encoding.UTF8.GetByteCount(content) >= MaxContentBytes)
        {
            return 45002;
        }

        return CheckSourceUrl(item.Str("content_source_url"));
    }

    private static int? CheckSourceUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        if (Encoding.UTF8.GetByteCount(url) > 1024)
        {
            return 45005;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? null : 41039;
    }

    private static int? CheckFlags(JsonElement item)
    {
        // The docs give these as numbers 0/1; a boolean or any other value is refused.
        foreach (var name in (string[])["need_open_comment", "only_fans_can_comment"])
        {
            if (item.Get(name) is { } flag && !(flag.ValueKind == JsonValueKind.Number && flag.TryGetInt32(out var n) && n is 0 or 1))
            {
                return 47001;
            }
        }

        return null;
    }

    private static int? CheckCover(JsonElement item, string appId, SandboxState state) =>
        IsCover(state, appId, item.Str("thumb_media_id")) ? null : 40007;

    private static int? CheckImageList(JsonElement item, string appId, SandboxState state)
    {
        if (item.Get("image_info") is not { } info || info.Get("image_list") is not { ValueKind: JsonValueKind.Array } list
            || list.GetArrayLength() == 0)
        {
            return 47001;
        }

        if (list.GetArrayLength() > 20)
        {
            return 45008;
        }

        return list.EnumerateArray().All(i => IsCover(state, appId, i.Str("image_media_id"))) ? null : 40007;
    }

    // A cover must be a permanent image or thumb material of the same account.
    private static bool IsCover(SandboxState state, string appId, string? mediaId) =>
        mediaId is not null && state.Media.FindMaterial(appId, mediaId) is { Type: "image" or "thumb" };

    // The limits are in 字 (characters): count Unicode scalar values, so an emoji is one, not two.
    private static int Characters(string? text) => text is null ? 0 : text.EnumerateRunes().Count();
}
