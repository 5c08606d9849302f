using Media.WeChat.Sandbox.Tests.Infrastructure;

namespace Media.WeChat.Sandbox.Tests.Integration;

/// <summary>message/mass/preview (docs/wechat.md §15.7): a draft goes to a follower's phone by WeChat id and stays in the
/// draft box; a name that is no WeChat id is 40132, one that does not follow the account 43004; the control API lists
/// what each phone received.</summary>
public sealed class MassPreviewTests
{
    private static string Body(string wxName, string draftId) =>
        $$"""{"towxname":"{{wxName}}","mpnews":{"media_id":"{{draftId}}"},"msgtype":"mpnews"}""";

    [Fact]
    public async Task Preview_ReachesAFollower_KeepsTheDraft_AndIsListedByTheControlApi()
    {
        await using var h = await SandboxHarness.StartAsync();
        var draftId = await h.AddDraftAsync("头条：预览", "次条：预览");

        var answer = await h.CallAsync("message/mass/preview", Body("lisi_2026", draftId));
        var listed = await h.GetJsonAsync($"/sandbox/previews?appId={h.Account.AppId}&wxName=lisi_2026");

        Assert.Equal((0, "preview success"), (answer.GetProperty("errcode").GetInt32(), answer.GetProperty("errmsg").GetString()));
        var preview = Assert.Single(listed.EnumerateArray());
        Assert.Equal(draftId, preview.GetProperty("mediaId").GetString());
        Assert.Equal(["头条：预览", "次条：预览"], preview.GetProperty("titles").EnumerateArray().Select(t => t.GetString()));
        Assert.Single(h.Sandbox.State.Drafts.All); // a preview does not consume the draft
    }

    [Theory]
    [InlineData("nobody_follows", 43004)]
    [InlineData("张三", 40132)]
    [InlineData("ab", 40132)]
    public async Task Preview_IsRefused_ForSomeoneWhoCannotReceiveIt(string wxName, int errcode)
    {
        await using var h = await SandboxHarness.StartAsync();
        var draftId = await h.AddDraftAsync("预览稿");

        var answer = await h.CallAsync("message/mass/preview", Body(wxName, draftId));

        Assert.Equal(errcode, answer.GetProperty("errcode").GetInt32());
        Assert.Empty(h.Sandbox.State.MassSends.Previews);
    }
}
