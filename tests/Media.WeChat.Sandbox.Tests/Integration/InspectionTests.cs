using System.Text;
using System.Text.Json;
using Media.WeChat.Sandbox.Tests.Infrastructure;

namespace Media.WeChat.Sandbox.Tests.Integration;

public sealed class InspectionTests
{
    [Fact]
    public async Task SandboxState_ListsDraftsWithoutSecrets_WhenDraftAdded()
    {
        await using var h = await SandboxHarness.StartAsync();
        var token = await h.GetTokenAsync();
        await h.AddDraftAsync("乡村振兴");

        var text = await h.Http.GetStringAsync("sandbox/state");
        var state = JsonDocument.Parse(text).RootElement;

        Assert.Equal("乡村振兴", state.GetProperty("drafts")[0].GetProperty("titles")[0].GetString());
        Assert.True(state.GetProperty("calls").GetProperty("draft/add").GetInt32() >= 1);
        Assert.DoesNotContain(h.Account.Secret, text);
        Assert.DoesNotContain(token, text);
    }

    [Fact]
    public async Task HomePage_ShowsAccountAndDraft_WhenDraftAdded()
    {
        await using var h = await SandboxHarness.StartAsync();
        await h.AddDraftAsync("<b>乡村</b>");

        var html = await h.Http.GetStringAsync("/");

        Assert.Contains(h.Account.AppId, html);
        Assert.Contains("&lt;b&gt;乡村&lt;/b&gt;", html);
    }

    [Fact]
    public async Task SandboxSettings_SwitchesPublishIdToString_WhenPosted()
    {
        await using var h = await SandboxHarness.StartAsync();
        var draft = await h.AddDraftAsync("稿");
        using var content = new StringContent("""{"publish_id_as_string":true}""", Encoding.UTF8, "application/json");

        await h.Http.PostAsync("sandbox/settings", content);
        var reply = await h.CallAsync("freepublish/submit", $$"""{"media_id":"{{draft}}"}""");

        Assert.Equal(JsonValueKind.String, reply.GetProperty("publish_id").ValueKind);
    }

    [Fact]
    public async Task SandboxResolve_EndsJobWithFailure_WhenPostedOverHttp()
    {
        await using var h = await SandboxHarness.StartAsync();
        var reply = await h.CallAsync("freepublish/submit", $$"""{"media_id":"{{await h.AddDraftAsync("稿")}}"}""");
        var publishId = reply.GetProperty("publish_id").GetInt64();
        using var content = new StringContent("""{"status":3}""", Encoding.UTF8, "application/json");

        using var resolved = await h.Http.PostAsync($"sandbox/publish/{publishId}/resolve", content);
        var status = await h.CallAsync("freepublish/get", $$"""{"publish_id":{{publishId}}}""");

        Assert.True(resolved.IsSuccessStatusCode);
        Assert.Equal(3, status.GetProperty("publish_status").GetInt32());
        Assert.Empty(status.GetProperty("fail_idx").EnumerateArray());
    }
}
