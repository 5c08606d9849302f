using Media.Abstractions.Content;
using Media.Abstractions.Hosting;
using Media.Channels.WeChat.Html;

namespace Media.Channels.WeChat.Delivery;

/// <summary>
/// The article content exactly as <c>draft/add</c> receives it (docs/wechat.md §11, §12.5): the same rendering and the
/// same <see cref="WeChatHtmlConverter"/> the sender uses. One thing cannot be the same before delivery: WeChat hosts
/// body images at URLs that <c>media/uploadimg</c> mints when the delivery uploads them, so here each image points at
/// the media library's file that will be uploaded (its <c>article</c> JPEG on the county site) instead.
/// </summary>
internal sealed class WeChatPreview(IMarkdownRenderer markdown, WeChatHtmlConverter converter, PublicSiteAddress site) : IArticlePreview
{
    private static readonly Dictionary<string, string> NoUploads = [];

    public string Channel => WeChatChannelSettings.ChannelType;

    public Task<string> RenderAsync(ArticlePreviewSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var html = markdown.ToSafeHtml(source.Body);
        var images = converter.Convert(html, NoUploads).ImagesToUpload
            .ToDictionary(src => src, src => site.Absolute(WeChatMediaReader.LibraryUrl(src, site.BaseUrl)), StringComparer.Ordinal);
        return Task.FromResult(converter.Convert(html, images).Content);
    }
}
