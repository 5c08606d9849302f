using Media.Abstractions.Time;
using Media.Channels.WeChat.Delivery;

namespace Media.Channels.WeChat.Pushes.Allowance;

/// <summary>WeChat's mass-send allowance (docs/wechat.md §10, §15.4): a subscription account has one mass send per
/// Beijing day; a service account four sends to all followers per Beijing calendar month (sends to a tag do not count).</summary>
public sealed record MassSendAllowance(string AccountType, int MassSendsLeft, DateTimeOffset ResetsAt)
{
    public const int SubscriptionPerDay = 1;
    public const int ServicePerMonth = 4;

    /// <summary>The window <paramref name="now"/> falls in: the sends counted against it start at <c>From</c>.</summary>
    public static (DateTimeOffset From, DateTimeOffset Until, int Limit) Window(string accountType, DateTimeOffset now) =>
        accountType == WeChatChannelSettings.Service
            ? (ChinaTime.StartOfMonth(now), ChinaTime.StartOfNextMonth(now), ServicePerMonth)
            : (ChinaTime.StartOfDay(now), ChinaTime.StartOfNextDay(now), SubscriptionPerDay);

    /// <summary>Whether a mass send to <paramref name="toAll"/> (or a tag) counts against the account type's allowance.</summary>
    public static bool Counts(string accountType, bool toAll) => accountType != WeChatChannelSettings.Service || toAll;

    public static MassSendAllowance Of(string accountType, DateTimeOffset now, int usedInWindow)
    {
        var (_, until, limit) = Window(accountType, now);
        return new MassSendAllowance(accountType, Math.Max(0, limit - usedInWindow), until.ToUniversalTime());
    }
}
