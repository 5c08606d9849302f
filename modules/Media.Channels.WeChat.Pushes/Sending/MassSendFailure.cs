using System.Text.RegularExpressions;

namespace Media.Channels.WeChat.Pushes.Sending;

/// <summary>MASSSENDJOBFINISH's failure statuses in the newsroom's words (docs/wechat.md §15.7): <c>send fail</c>, or
/// <c>err(NNNNN)</c> with the reasons WeChat's 事件推送群发结果 page lists.</summary>
public static partial class MassSendFailure
{
    private static readonly Dictionary<int, string> Reasons = new()
    {
        [10001] = "涉嫌广告", [20001] = "涉嫌政治", [20002] = "涉嫌色情", [20004] = "涉嫌社会", [20006] = "涉嫌违法犯罪",
        [20008] = "涉嫌欺诈", [20013] = "涉嫌版权", [21000] = "涉嫌其他", [22000] = "涉嫌互推（互相宣传）",
        [30001] = "原创校验出现系统错误，且选择了被判为转载就不群发",
        [30002] = "原创校验判定为不能群发",
        [30003] = "原创校验判定为转载文，且选择了被判为转载就不群发",
        [40001] = "群发保护：公众号管理员在手机上拒绝了这次群发",
        [40002] = "群发保护：公众号管理员没有在 30 分钟内确认",
    };

    public static string Describe(string status)
    {
        if (ErrPattern().Match(status) is { Success: true } match)
        {
            var code = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return Reasons.TryGetValue(code, out var reason)
                ? $"微信群发失败：{reason}（{status}），消息没有发出。"
                : $"微信群发失败（{status}），消息没有发出。请在公众平台查看原因。";
        }

        return $"微信群发失败（{status}），消息没有发出。请在公众平台查看原因。";
    }

    [GeneratedRegex(@"^\s*err\((\d{1,9})\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ErrPattern();
}
