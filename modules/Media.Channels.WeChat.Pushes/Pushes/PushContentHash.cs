using System.Security.Cryptography;
using System.Text;
using Media.Channels.WeChat.Pushes.Data;

namespace Media.Channels.WeChat.Pushes.Pushes;

/// <summary>What a leader signs: the lowercase hex SHA-256 of the mode, the target, and each article in order with its
/// content hash, one per line (docs/wechat.md §15.2). Reordering, retargeting or any article's new version changes it.</summary>
public static class PushContentHash
{
    public static string Of(string mode, string? target, IEnumerable<PushArticle> articles)
    {
        var text = new StringBuilder().Append("wechat-push/1\n").Append(mode).Append('\n').Append(target ?? "-").Append('\n');
        foreach (var article in articles.OrderBy(a => a.Position))
        {
            text.Append(article.ArticleId.ToString("D")).Append(' ').Append(article.ContentHash).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
