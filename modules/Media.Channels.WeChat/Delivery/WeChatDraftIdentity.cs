using System.Text.Json;
using Media.Abstractions.Content;
using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Delivery;

/// <summary>
/// How a draft or publication of ours is recognised in WeChat's lists, which carry neither our delivery nor the draft's
/// media_id (docs/wechat.md §6.4, §12.4): one article with this exact title and this exact 阅读原文 link — the article's
/// own page on the county site, which no other piece has.
/// </summary>
internal sealed record WeChatDraftIdentity(string Title, string SourceUrl)
{
    public static WeChatDraftIdentity Of(PublishedArticle article, string publicBaseUrl) =>
        new(article.Title.Trim(), WeChatDraftComposer.SourceUrl(publicBaseUrl, article.Url));

    public static WeChatDraftIdentity? FromProgress(string? saved)
    {
        if (string.IsNullOrEmpty(saved))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<WeChatDraftIdentity>(saved) is { Title.Length: > 0, SourceUrl.Length: > 0 } identity
                ? identity
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string ToProgress() => JsonSerializer.Serialize(this);

    public bool Matches(WeChatListedItem item) =>
        item.Articles is [var only] && only.Title == Title && only.ContentSourceUrl == SourceUrl;
}
