using System.Globalization;
using System.Text;
using Media.Abstractions.Problems;
using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Articles;

/// <summary>
/// WeChat's documented limits for a draft article (docs/wechat.md §5.0), checked before anything is sent, with messages an
/// editor can act on: title ≤ 32 字, author ≤ 16, digest ≤ 128, content &lt; 20,000 characters and &lt; 1 MB, source
/// link ≤ 1 KB. "字" is counted as Unicode characters (an emoji is one), which is how we read WeChat's documentation.
/// </summary>
public static class WeChatArticleCheck
{
    public const int MaxTitle = 32;
    public const int MaxAuthor = 16;
    public const int MaxDigest = 128;
    public const int MaxContentCharacters = 19_999;
    public const int MaxContentBytes = 1024 * 1024 - 1;
    public const int MaxSourceUrlBytes = 1024;

    /// <summary>Field-keyed problems (title, author, digest, content, contentSourceUrl, thumbMediaId); none means it may be sent.</summary>
    public static FieldErrors Check(WeChatDraftArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(article.Title))
        {
            errors.Add("title", "微信文章必须有标题。");
        }

        Limit(errors, "title", "标题", article.Title, MaxTitle);
        Limit(errors, "author", "作者", article.Author, MaxAuthor);
        Limit(errors, "digest", "摘要", article.Digest, MaxDigest);
        CheckContent(errors, article.Content);
        CheckSourceUrl(errors, article.ContentSourceUrl);
        if (string.IsNullOrWhiteSpace(article.ThumbMediaId))
        {
            errors.Add("thumbMediaId", "微信图文必须有封面图片。");
        }

        return errors;
    }

    /// <summary>Characters as WeChat counts 字: Unicode scalar values, so "😀" is one, not two UTF-16 units.</summary>
    public static int Characters(string? text) => text is null ? 0 : text.EnumerateRunes().Count();

    private static void Limit(FieldErrors errors, string field, string label, string? value, int max)
    {
        var length = Characters(value);
        if (length > max)
        {
            errors.Add(field, $"{label}最多 {N(max)} 个字，现有 {N(length)} 个字，请删减 {N(length - max)} 个字。");
        }
    }

    private static void CheckContent(FieldErrors errors, string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            errors.Add("content", "微信文章正文不能为空。");
            return;
        }

        var characters = Characters(content);
        if (characters > MaxContentCharacters)
        {
            errors.Add("content", $"正文（含排版代码）须少于 2 万字符，现有 {N(characters)} 个字符，请拆分或删减。");
        }

        var bytes = Encoding.UTF8.GetByteCount(content);
        if (bytes > MaxContentBytes)
        {
            errors.Add("content", $"正文须小于 1MB，现为 {(bytes / 1024.0 / 1024.0).ToString("0.00", CultureInfo.InvariantCulture)}MB。");
        }
    }

    private static void CheckSourceUrl(FieldErrors errors, string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }

        if (Encoding.UTF8.GetByteCount(url) > MaxSourceUrlBytes)
        {
            errors.Add("contentSourceUrl", "“阅读原文”链接过长（不超过 1KB）。");
        }
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            errors.Add("contentSourceUrl", "“阅读原文”链接必须是以 http:// 或 https:// 开头的完整网址。");
        }
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
