using Media.Abstractions.Content;
using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Delivery;

/// <summary>
/// Step (c): the cover. WeChat requires a permanent thumb_media_id for a news draft (docs/wechat.md §5.0), so a piece
/// without a cover is refused with a request to set one; no stock picture is put on a news piece unasked. The media
/// library's <c>wechat-cover</c> crop (2.35:1 JPEG) goes up as <c>type=image</c> material, which takes up to 10 MB
/// where <c>type=thumb</c> takes 64 KB, and which is what tools in practice use for covers (docs/wechat.md §4.1).
/// </summary>
internal sealed class WeChatCover(IWeChatClient client, IMediaFiles media)
{
    public const string Variant = "wechat-cover";

    public static void RequirePresent(PublishedArticle article)
    {
        if (article.CoverMediaId is null)
        {
            throw new WeChatDeliveryRefusedException("微信公众号的图文必须有封面图片。请在稿件中设置封面图片后重新发布。");
        }
    }

    public async Task<string> UploadAsync(WeChatDeliveryRun run, PublishedArticle article, CancellationToken cancellationToken)
    {
        if (run.Get(WeChatProgressKeys.ThumbMediaId) is { } saved)
        {
            return saved;
        }

        RequirePresent(article);
        var file = await media.OpenVariantAsync(article.CoverMediaId!.Value, Variant, cancellationToken)
            ?? throw new WeChatDeliveryRefusedException("在媒体库中找不到封面图片（或它的微信封面裁剪），请重新设置封面后再发布。");
        var image = await WeChatMediaReader.ReadAsync(file, "封面图片", cancellationToken);
        var material = await client.AddImageMaterialAsync(run.Account, image, WeChatMaterialType.Image, cancellationToken);
        await run.SaveAsync(WeChatProgressKeys.ThumbMediaId, material.MediaId, cancellationToken);
        return material.MediaId;
    }
}
