using Media.Abstractions.Content;
using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Articles;

namespace Media.Channels.WeChat.Delivery;

/// <summary>
/// Turns a published article into WeChat's draft article: the title and author as they are (never shortened: that is
/// an editor's call), the summary as digest (shortened to WeChat's 128 字 with an ellipsis, since it is only a teaser),
/// and the article's page on the county site as "阅读原文" (content_source_url).
/// </summary>
internal static class WeChatDraftComposer
{
    private const string Ellipsis = "…";

    // Stands in for a body that is all images while they are not uploaded yet, so only real problems are reported.
    private const string PendingContent = "<p>…</p>";

    public static WeChatDraftArticle Compose(PublishedArticle article, string publicBaseUrl, string content, string thumbMediaId) =>
        new(article.Title.Trim(), content, thumbMediaId,
            Author: string.IsNullOrWhiteSpace(article.Author) ? null : article.Author.Trim(),
            Digest: Digest(article.Summary),
            ContentSourceUrl: SourceUrl(publicBaseUrl, article.Url));

    /// <summary>Throws <see cref="WeChatDeliveryRefusedException"/> with every problem WeChat would refuse the draft for.</summary>
    public static void Check(WeChatDraftArticle draft, bool imagesPending)
    {
        var checkedDraft = imagesPending && string.IsNullOrWhiteSpace(draft.Content) ? draft with { Content = PendingContent } : draft;
        var errors = WeChatArticleCheck.Check(checkedDraft).ToDictionary();
        if (errors.Count > 0)
        {
            throw new WeChatDeliveryRefusedException(
                "稿件不符合微信公众号的要求，请修改后重新发布：" + string.Join(" ", errors.Values.SelectMany(m => m)));
        }
    }

    public static string? Digest(string? summary)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            // WeChat then takes the first 54 characters of the body itself.
            return null;
        }

        var text = summary.Trim();
        return WeChatArticleCheck.Characters(text) <= WeChatArticleCheck.MaxDigest
            ? text
            : string.Concat(text.EnumerateRunes().Take(WeChatArticleCheck.MaxDigest - 1).Select(r => r.ToString())) + Ellipsis;
    }

    public static string SourceUrl(string publicBaseUrl, string articleUrl) =>
        Uri.TryCreate(articleUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.ToString()
            : publicBaseUrl.TrimEnd('/') + "/" + articleUrl.TrimStart('/');
}
