using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Tests.Unit;

public sealed class WeChatAccountTests
{
    [Fact]
    public void ToString_LeavesOutSecrets_WhenAccountHasAll()
    {
        var account = new WeChatAccount("wx123", "the-app-secret", CallbackToken: "the-token", EncodingAesKey: "the-aes-key");

        var text = account.ToString();

        Assert.Contains("wx123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the-app-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the-token", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the-aes-key", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "https://api.weixin.qq.com/")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://127.0.0.1:5000/wechat/", "http://127.0.0.1:5000/wechat/")]
    public void ApiBase_EndsWithOneSlash_WhateverWasConfigured(string? configured, string expected)
    {
        var account = configured is null ? new WeChatAccount("wx1", "s") : new WeChatAccount("wx1", "s", configured);

        Assert.Equal(expected, account.ApiBase.ToString());
    }

    [Fact]
    public void RetryAfter_LastsUntilBeijingMidnight_WhenDailyQuotaIsUsedUp()
    {
        var now = new DateTimeOffset(2026, 3, 2, 15, 30, 0, TimeSpan.Zero); // 23:30 in Beijing

        Assert.Equal(TimeSpan.FromMinutes(30), WeChatErrorCatalog.RetryAfter(45009, now));
        Assert.Equal(TimeSpan.FromMinutes(1), WeChatErrorCatalog.RetryAfter(45011, now));
        Assert.Null(WeChatErrorCatalog.RetryAfter(53503, now));
    }
}
