using System.Text.RegularExpressions;

namespace Media.Channels.WeChat.Api;

/// <summary>Pulls WeChat's request id out of an errmsg.</summary>
internal static partial class WeChatRid
{
    public static string? Find(string? errmsg) =>
        errmsg is not null && Pattern().Match(errmsg) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("rid: ([0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8})", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
