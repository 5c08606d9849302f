using System.Text.Json;
using Media.WeChat.Sandbox.Tests.Infrastructure;

namespace Media.WeChat.Sandbox.Tests.Integration;

/// <summary>message/mass/*: a mass send consumes its draft, dedupes by clientmsgid, keeps the allowance per account
/// type, waits under 群发保护, previews and deletes (docs/wechat.md §8, §15).</summary>
public sealed class MassSendTests
{
    private static Task<JsonElement> SendAllAsync(SandboxHarness h, string draftId, string? clientMsgId = null, string filter = """{"is_to_all":true}""") =>
        h.CallAsync("message/mass/sendall",
            $$"""{"filter":{{filter}},"mpnews":{"media_id":"{{draftId}}"},"msgtype":"mpnews","send_ignore_reprint":0{{(clientMsgId is null ? "" : $",\"clientmsgid\":\"{clientMsgId}\"")}}}""");

    private static async Task<string?> StatusAsync(SandboxHarness h, JsonElement msgId) =>
        (await h.CallAsync("message/mass/get", $$"""{"msg_id":{{msgId.GetRawText()}}}""")).GetProperty("msg_status").GetString();

    [Fact]
    public async Task SendAll_ConsumesDraft_AndSucceedsAfterDelay()
    {
        await using var h = await SandboxHarness.StartAsync();
        var draftId = await h.AddDraftAsync("头条", "二条", "三条");

        var sent = await SendAllAsync(h, draftId, "push-1");
        var during = await StatusAsync(h, sent.GetProperty("msg_id"));
        h.Clock!.Advance(h.Sandbox.State.Options.MassSendDelay);
        var done = await StatusAsync(h, sent.GetProperty("msg_id"));

        Assert.Equal(0, sent.GetProperty("errcode").GetInt32());
        Assert.Equal(("SENDING", "SEND_SUCCESS"), (during, done));
        Assert.Empty(h.Sandbox.State.Drafts.All);
        Assert.Equal(3, Assert.Single(h.Sandbox.State.MassSends.All).ArticleUrls.Count);
    }

    [Fact]
    public async Task SendAll_Answers45065WithTheEarlierMsgId_WhenClientMsgIdRepeats()
    {
        await using var h = await SandboxHarness.StartAsync(o => o.Accounts[0].AccountType = "service");
        var first = await SendAllAsync(h, await h.AddDraftAsync("稿"), "push-2");

        var again = await SendAllAsync(h, await h.AddDraftAsync("稿"), "push-2");

        Assert.Equal(45065, again.GetProperty("errcode").GetInt32());
        Assert.Equal(first.GetProperty("msg_id").GetInt64(), again.GetProperty("msg_id").GetInt64());
        Assert.Single(h.Sandbox.State.MassSends.All);
    }

    [Fact]
    public async Task SendAll_Answers45028_OnSecondSendOfABeijingDay_ForSubscriptionAccount()
    {
        await using var h = await SandboxHarness.StartAsync();
        await SendAllAsync(h, await h.AddDraftAsync("一"), "a");

        var second = await SendAllAsync(h, await h.AddDraftAsync("二"), "b");
        h.Clock!.Advance(TimeSpan.FromDays(1));
        var nextDay = await SendAllAsync(h, await h.AddDraftAsync("三"), "c");

        Assert.Equal(45028, second.GetProperty("errcode").GetInt32());
        Assert.Equal(0, nextDay.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task SendAll_AllowsFourToAllAMonth_ButTagSendsFreely_ForServiceAccount()
    {
        await using var h = await SandboxHarness.StartAsync(o => o.Accounts[0].AccountType = "service");
        for (var i = 0; i < 4; i++) Assert.Equal(0, (await SendAllAsync(h, await h.AddDraftAsync("稿"), $"all-{i}")).GetProperty("errcode").GetInt32());

        var fifth = await SendAllAsync(h, await h.AddDraftAsync("稿"), "all-5");
        var tag = await SendAllAsync(h, await h.AddDraftAsync("稿"), "tag-1", """{"is_to_all":false,"tag_id":2}""");

        Assert.Equal((45028, 0), (fifth.GetProperty("errcode").GetInt32(), tag.GetProperty("errcode").GetInt32()));
    }

    [Fact]
    public async Task SendAll_WaitsForThePhone_UnderMassProtection_ThenConfirmOrRefuse()
    {
        await using var h = await SandboxHarness.StartAsync(o => { o.Accounts[0].AccountType = "service"; o.Accounts[0].MassProtection = true; });
        var confirmed = await SendAllAsync(h, await h.AddDraftAsync("确认"), "p-1");
        var refused = await SendAllAsync(h, await h.AddDraftAsync("拒绝"), "p-2");
        h.Clock!.Advance(TimeSpan.FromMinutes(5));

        var waiting = await StatusAsync(h, confirmed.GetProperty("msg_id"));
        using var ok = await h.Http.PostAsync($"sandbox/masssend/{confirmed.GetProperty("msg_id")}/confirm", null);
        using var no = await h.Http.PostAsync($"sandbox/masssend/{refused.GetProperty("msg_id")}/refuse", null);
        h.Clock.Advance(h.Sandbox.State.Options.MassSendDelay);

        Assert.Equal("SENDING", waiting);
        Assert.True(ok.IsSuccessStatusCode && no.IsSuccessStatusCode);
        Assert.Equal("SEND_SUCCESS", await StatusAsync(h, confirmed.GetProperty("msg_id")));
        Assert.Equal("SEND_FAIL", await StatusAsync(h, refused.GetProperty("msg_id")));
    }

    [Fact]
    public async Task Preview_KeepsTheDraft_AndDeleteOfAllArticlesMarksTheSendDeleted()
    {
        await using var h = await SandboxHarness.StartAsync();
        var draftId = await h.AddDraftAsync("预览稿", "二条");

        var preview = await h.CallAsync("message/mass/preview", $$"""{"towxname":"zhang_san","mpnews":{"media_id":"{{draftId}}"},"msgtype":"mpnews"}""");
        var noName = await h.CallAsync("message/mass/preview", $$"""{"mpnews":{"media_id":"{{draftId}}"},"msgtype":"mpnews"}""");
        var sent = await SendAllAsync(h, draftId, "d-1");
        h.Clock!.Advance(h.Sandbox.State.Options.MassSendDelay);
        var one = await h.CallAsync("message/mass/delete", $$"""{"msg_id":{{sent.GetProperty("msg_id")}},"article_idx":2}""");
        var afterOne = await StatusAsync(h, sent.GetProperty("msg_id"));
        await h.CallAsync("message/mass/delete", $$"""{"msg_id":{{sent.GetProperty("msg_id")}},"article_idx":0}""");

        Assert.Equal(0, preview.GetProperty("errcode").GetInt32());
        Assert.Equal(40132, noName.GetProperty("errcode").GetInt32());
        Assert.Equal(("zhang_san", "预览稿"), Assert.Single(h.Sandbox.State.MassSends.Previews) is var p ? (p.WxName, p.Title) : default);
        Assert.Equal(0, one.GetProperty("errcode").GetInt32());
        Assert.Equal("SEND_SUCCESS", afterOne);
        Assert.Equal("DELETE", await StatusAsync(h, sent.GetProperty("msg_id")));
    }
}
