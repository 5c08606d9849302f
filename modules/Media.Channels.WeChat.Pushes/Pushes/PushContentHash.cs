using System.Security.Cryptography;
using System.Text;
using Media.Channels.WeChat.Pushes.Data;

namespace Media.Channels.WeChat.Pushes.Pushes;

/// <summary>What a leader signs: the lowercase hex SHA-256 of the mode, the target, and each article in order with its
/// content hash (and the cover chosen for it in this push, if any), one per line (docs/wechat.md §15.2). Reordering,
/// retargeting, another cover or any article's new version changes it.</summary>
public static class PushContentHash
{
    public static string Of(string mode, string? target, IEnumerable<PushArticle> articles)
    {
        var text = new StringBuilder().Append("wechat-push/1\n").Append(mode).Append('\n').Append(target ?? "-").Append('\n');
        foreach (var article in articles.OrderBy(a => a.Position))
        {
            text.Append(article.ArticleId.ToString("D")).Append(' ').Append(article.ContentHash);
            if (article.CoverMediaId is { } cover) text.Append(" cover ").Append(cover.ToString("D"));
            text.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
