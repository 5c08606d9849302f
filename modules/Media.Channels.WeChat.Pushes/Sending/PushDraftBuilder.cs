using Media.Abstractions.Content;
using Media.Abstractions.Distribution;
using Media.Abstractions.Hosting;
using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Delivery;
using Media.Channels.WeChat.Html;
using Media.Channels.WeChat.Pushes.Data;
using Microsoft.Extensions.Logging;

namespace Media.Channels.WeChat.Pushes.Sending;

/// <summary>
/// The articles of a push's one draft (docs/wechat.md §15.6), in order, exactly as the article delivery makes them: the
/// listed version rendered and sanitised as for the site, converted by <see cref="WeChatHtmlConverter"/>, body images
/// uploaded with media/uploadimg and covers with material/add_material, each saved in the progress as it is returned.
/// </summary>
public sealed class PushDraftBuilder(IWeChatClient client, WeChatHtmlConverter converter, IMarkdownRenderer markdown,
    IArticleVersionReader versions, IPublishedArticles published, IMediaFiles media, PublicSiteAddress site,
    ILogger<PushDraftBuilder> logger)
{
    public async Task<IReadOnlyList<WeChatDraftArticle>> BuildAsync(WeChatAccount account, ChannelInfo channel, PushProgress progress,
        CancellationToken ct)
    {
        var articles = new List<WeChatDraftArticle>();
        foreach (var listed in progress.Push.Articles.OrderBy(a => a.Position))
        {
            var source = await versions.FindAsync(listed.ArticleId, listed.Version, ct)
                ?? throw new WeChatDeliveryRefusedException($"找不到稿件《{listed.Title}》的第 {listed.Version} 版，无法推送。");
            // The cover chosen for this push (one of the article's photos, docs/wechat.md §15.2), else the article's own.
            articles.Add(await BuildAsync(account, channel, source with { CoverMediaId = listed.CoverMediaId ?? source.CoverMediaId }, progress, ct));
        }

        // Only a single-article message keeps its digest (docs/wechat.md §5.0).
        return articles.Count == 1 ? articles : articles.Select(a => a with { Digest = null }).ToList();
    }

    private async Task<WeChatDraftArticle> BuildAsync(WeChatAccount account, ChannelInfo channel, ArticlePreviewSource source,
        PushProgress progress, CancellationToken ct)
    {
        var lookup = await published.FindAsync(source.ArticleId, ct);
        var page = lookup is { State: PublicationState.Published, Article: { } live } ? live.Url : null;
        var article = new PublishedArticle(source.ArticleId, Guid.Empty, "", "", source.Title, source.Subtitle, source.Author,
            source.Source, source.Summary, markdown.ToSafeHtml(source.Body), source.CoverMediaId, source.Tags, source.Version, "",
            DateTimeOffset.MinValue, DateTimeOffset.MinValue, page ?? "");

        var firstPass = converter.Convert(article.BodyHtml, progress.WithPrefix(PushProgress.ImagePrefix));
        WeChatDraftComposer.Check(WeChatDraftComposer.Compose(article, site.BaseUrl, firstPass.Content, "pending"), !firstPass.IsComplete);
        WeChatCover.RequirePresent(article);
        if (!firstPass.IsComplete)
        {
            // The article delivery's own image step, its progress written into the push's.
            var run = new WeChatDeliveryRun(Context(progress, channel, article), account, logger);
            await new WeChatBodyImages(client, media).UploadAsync(run, firstPass.ImagesToUpload, ct);
        }

        var thumbMediaId = await CoverAsync(account, article, progress, ct);
        var content = converter.Convert(article.BodyHtml, progress.WithPrefix(PushProgress.ImagePrefix));
        var draft = WeChatDraftComposer.Compose(article, site.BaseUrl, content.Content, thumbMediaId);
        if (page is null) draft = draft with { ContentSourceUrl = null }; // not on the site yet: no 阅读原文 link
        WeChatDraftComposer.Check(draft, imagesPending: false);
        return draft;
    }

    /// <summary>The cover as permanent material, once per library image (the same cover in two articles is uploaded once).</summary>
    private async Task<string> CoverAsync(WeChatAccount account, PublishedArticle article, PushProgress progress, CancellationToken ct)
    {
        var key = PushProgress.CoverPrefix + article.CoverMediaId!.Value.ToString("N");
        if (progress.Get(key) is { } saved) return saved;
        var file = await media.OpenVariantAsync(article.CoverMediaId.Value, WeChatCover.Variant, ct)
            ?? throw new WeChatDeliveryRefusedException($"在媒体库中找不到《{article.Title}》的封面图片（或它的微信封面裁剪），请重新设置封面。");
        var image = await WeChatMediaReader.ReadAsync(file, "封面图片", ct);
        var material = await client.AddImageMaterialAsync(account, image, WeChatMaterialType.Image, ct);
        await progress.SaveAsync(key, material.MediaId, ct);
        return material.MediaId;
    }

    private DeliveryContext Context(PushProgress progress, ChannelInfo channel, PublishedArticle article) =>
        new(progress.Push.Id, article.Id, channel.Id, channel.Name, 1, article, article.Version, channel.Settings,
            new Dictionary<string, string>(), (key, value, ct) => progress.SaveAsync(ImageKey(key), value, ct), site.BaseUrl,
            progress.Push.CreatedAt);

    private static string ImageKey(string deliveryKey) => deliveryKey.StartsWith(WeChatProgressKeys.ImagePrefix, StringComparison.Ordinal)
        ? PushProgress.ImagePrefix + deliveryKey[WeChatProgressKeys.ImagePrefix.Length..]
        : deliveryKey;
}
