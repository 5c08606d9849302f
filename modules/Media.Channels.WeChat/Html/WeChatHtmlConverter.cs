using AngleSharp.Html.Parser;

namespace Media.Channels.WeChat.Html;

/// <summary>
/// Turns our sanitized article HTML (Markdig + HtmlSanitizer output) into WeChat article content (docs/wechat.md §11):
/// scripts, styles, frames and forms gone; no classes or ids; a fixed inline style per element; images only from
/// WeChat's own hosts (others are swapped for their media/uploadimg URL, or reported as still to upload); hyperlinks
/// only to mp.weixin.qq.com articles, any other link becomes its text plus a numbered note listing the address.
/// </summary>
/// <remarks>
/// Call it twice in a delivery: first with no uploads to learn <see cref="WeChatHtml.ImagesToUpload"/>, then, after
/// uploading each, with the map of original src → WeChat URL; the result is stable, so a retried job gets the same content.
/// </remarks>
public sealed class WeChatHtmlConverter
{
    public WeChatHtml Convert(string sanitizedHtml, IReadOnlyDictionary<string, string> uploadedImages)
    {
        ArgumentNullException.ThrowIfNull(sanitizedHtml);
        ArgumentNullException.ThrowIfNull(uploadedImages);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = sanitizedHtml;
        var rewrite = new WeChatHtmlRewrite(document, uploadedImages);
        rewrite.Run(body);
        return new WeChatHtml(body.InnerHtml, rewrite.ImagesToUpload, rewrite.ExternalLinks);
    }
}
