using Media.Abstractions.Content;
using Media.Abstractions.Distribution;

namespace Media.Channels.WeChat.Articles;

/// <summary>The pre-publish checks for a 公众号 (docs/wechat.md §16): the cover WeChat requires and the limits of
/// <see cref="WeChatArticleCheck"/>, the same constants the sender checks at send time. The digest is not checked: the
/// sender shortens the summary to 128 字 itself.</summary>
public sealed class WeChatReadiness : IChannelReadiness
{
    public string ChannelType => "wechat";

    public IReadOnlyList<ReadinessProblem> Check(ArticlePreviewSource article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var problems = new List<ReadinessProblem>();
        if (article.CoverMediaId is null)
        {
            problems.Add(new("cover-missing", "微信公众号的图文必须有封面图片，请先设置封面。", ReadinessFix.Cover));
        }

        Limit(problems, "title-too-long", "标题", article.Title, WeChatArticleCheck.MaxTitle);
        Limit(problems, "author-too-long", "作者", article.Author, WeChatArticleCheck.MaxAuthor);
        if (string.IsNullOrWhiteSpace(article.Body))
        {
            problems.Add(new("content-empty", "微信文章正文不能为空。", ReadinessFix.Edit));
        }

        return problems;
    }

    private static void Limit(List<ReadinessProblem> problems, string code, string label, string? value, int max)
    {
        var length = WeChatArticleCheck.Characters(value?.Trim());
        if (length > max)
        {
            problems.Add(new(code, $"{label}最多 {max} 个字（微信公众号的限制），现有 {length} 个字，请删减 {length - max} 个字。", ReadinessFix.Edit));
        }
    }
}
