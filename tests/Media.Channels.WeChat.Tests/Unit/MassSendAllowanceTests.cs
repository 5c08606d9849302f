using Media.Channels.WeChat.Pushes.Allowance;

namespace Media.Channels.WeChat.Tests.Unit;

public sealed class MassSendAllowanceTests
{
    [Fact]
    public void Subscription_ResetsAtBeijingMidnight_WhenUsedOnce()
    {
        // 2026-03-12 17:30 UTC is 2026-03-13 01:30 in Beijing: the day that counts is the 13th.
        var now = new DateTimeOffset(2026, 3, 12, 17, 30, 0, TimeSpan.Zero);

        var allowance = MassSendAllowance.Of("subscription", now, usedInWindow: 1);

        Assert.Equal(0, allowance.MassSendsLeft);
        Assert.Equal(new DateTimeOffset(2026, 3, 13, 16, 0, 0, TimeSpan.Zero), allowance.ResetsAt);
    }

    [Fact]
    public void Service_HasFourPerBeijingMonth_AndResetsOnTheFirst()
    {
        // 2026-03-31 20:00 UTC is already 1 April in Beijing.
        var now = new DateTimeOffset(2026, 3, 31, 20, 0, 0, TimeSpan.Zero);

        var allowance = MassSendAllowance.Of("service", now, usedInWindow: 1);
        var (from, _, _) = MassSendAllowance.Window("service", now);

        Assert.Equal(3, allowance.MassSendsLeft);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero), from.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 16, 0, 0, TimeSpan.Zero), allowance.ResetsAt);
    }

    [Theory]
    [InlineData("subscription", false, true)]
    [InlineData("service", false, false)]
    [InlineData("service", true, true)]
    public void Counts_TagSendsOnlyOnSubscriptionAccounts(string accountType, bool toAll, bool counts) =>
        Assert.Equal(counts, MassSendAllowance.Counts(accountType, toAll));
}
