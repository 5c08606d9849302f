using System.Net;
using System.Text;
using Media.WeChat.Sandbox.Faults;
using Media.WeChat.Sandbox.Tests.Infrastructure;

namespace Media.WeChat.Sandbox.Tests.Integration;

public sealed class FaultTests
{
    [Fact]
    public async Task DraftAdd_ReturnsQueuedErrcodesInOrderThenSucceeds_WhenFaultsInjected()
    {
        await using var h = await SandboxHarness.StartAsync();
        var cover = await h.AddCoverAsync();
        h.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("draft/add", 42001));
        h.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("draft/add", -1, times: 2));
        var body = Drafts.Body(Drafts.Article("稿", cover));

        var codes = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var reply = await h.CallAsync("draft/add", body);
            codes.Add(reply.TryGetProperty("errcode", out var code) ? code.GetInt32() : 0);
        }

        Assert.Equal([42001, -1, -1, 0], codes);
        Assert.Equal(4, h.Sandbox.State.Calls.Count("draft/add"));
        Assert.Single(h.Sandbox.State.Drafts.All);
    }

    [Theory]
    [InlineData("freepublish/submit", 45009)]
    [InlineData("freepublish/submit", 45011)]
    [InlineData("stable_token", 40001)]
    public async Task Endpoint_ReturnsInjectedErrcodeWithHttp200_WhenFaultQueued(string endpoint, int errcode)
    {
        await using var h = await SandboxHarness.StartAsync();
        var draft = await h.AddDraftAsync("稿");
        var token = await h.GetTokenAsync();
        h.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode(endpoint, errcode));

        var reply = endpoint == "stable_token"
            ? await h.PostJsonAsync("cgi-bin/stable_token", "{}")
            : await h.PostJsonAsync($"cgi-bin/{endpoint}?access_token={token}", $$"""{"media_id":"{{draft}}"}""");

        Assert.Equal(errcode, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task Endpoint_ReturnsHttp500_WhenFaultQueued()
    {
        await using var h = await SandboxHarness.StartAsync();
        h.Sandbox.State.Faults.Enqueue(SandboxFault.Http500("draft/count"));

        using var response = await h.Http.GetAsync($"cgi-bin/draft/count?access_token={await h.GetTokenAsync()}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(h.Sandbox.State.Faults.Pending);
    }

    [Fact]
    public async Task Endpoint_OutlastsClientTimeout_WhenDelayInjected()
    {
        await using var h = await SandboxHarness.StartAsync(realClock: true);
        var token = await h.GetTokenAsync();
        h.Sandbox.State.Faults.Enqueue(SandboxFault.Delayed("draft/count", TimeSpan.FromSeconds(5)));
        using var impatient = new HttpClient { BaseAddress = h.Sandbox.BaseUrl, Timeout = TimeSpan.FromMilliseconds(300) };

        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetAsync($"cgi-bin/draft/count?access_token={token}"));
        var next = await h.GetJsonAsync($"cgi-bin/draft/count?access_token={token}");

        Assert.Equal(0, next.GetProperty("total_count").GetInt32());
    }

    [Fact]
    public async Task Endpoint_DropsConnection_WhenFaultQueued()
    {
        await using var h = await SandboxHarness.StartAsync();
        var token = await h.GetTokenAsync();
        h.Sandbox.State.Faults.Enqueue(SandboxFault.Dropped("*"));

        await Assert.ThrowsAsync<HttpRequestException>(() => h.Http.GetAsync($"cgi-bin/draft/count?access_token={token}"));
        Assert.Equal("DropConnection", h.Sandbox.State.Calls.For("draft/count").Single().Fault);
    }

    [Fact]
    public async Task Endpoint_DoesTheWorkThenDropsConnection_WhenAnswerLost()
    {
        await using var h = await SandboxHarness.StartAsync();
        var cover = await h.AddCoverAsync();
        var token = await h.GetTokenAsync();
        h.Sandbox.State.Faults.Enqueue(SandboxFault.AnswerLost("draft/add"));
        using var body = new StringContent(Drafts.Body(Drafts.Article("应答丢失的草稿", cover)), Encoding.UTF8, "application/json");

        await Assert.ThrowsAsync<HttpRequestException>(() => h.Http.PostAsync($"cgi-bin/draft/add?access_token={token}", body));

        Assert.Equal("应答丢失的草稿", Assert.Single(h.Sandbox.State.Drafts.All).Articles[0].Title);
        Assert.Equal("LoseAnswer", h.Sandbox.State.Calls.For("draft/add").Single().Fault);
    }

    [Fact]
    public async Task SandboxFaults_LosesSubmitAnswerAfterPublishing_WhenLoseAnswerPostedOverHttp()
    {
        await using var h = await SandboxHarness.StartAsync();
        var draft = await h.AddDraftAsync("发布成功但应答丢失");
        var token = await h.GetTokenAsync();
        using var fault = new StringContent("""{"endpoint":"freepublish/submit","kind":"lose-answer"}""", Encoding.UTF8, "application/json");
        using var posted = await h.Http.PostAsync("sandbox/faults", fault);
        using var submit = new StringContent($$"""{"media_id":"{{draft}}"}""", Encoding.UTF8, "application/json");

        await Assert.ThrowsAsync<HttpRequestException>(() => h.Http.PostAsync($"cgi-bin/freepublish/submit?access_token={token}", submit));
        var again = await h.CallAsync("freepublish/submit", $$"""{"media_id":"{{draft}}"}""");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Single(h.Sandbox.State.Publishes.All);
        Assert.Equal(40007, again.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task SandboxFaults_QueuesErrcodeFault_WhenPostedOverHttp()
    {
        await using var h = await SandboxHarness.StartAsync();
        using var content = new StringContent("""{"endpoint":"draft/count","kind":"errcode","errcode":-1,"times":1}""",
            Encoding.UTF8, "application/json");

        using var posted = await h.Http.PostAsync("sandbox/faults", content);
        var reply = await h.GetJsonAsync($"cgi-bin/draft/count?access_token={await h.GetTokenAsync()}");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(-1, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task SandboxFaults_Returns400_WhenKindUnknown()
    {
        await using var h = await SandboxHarness.StartAsync();
        using var content = new StringContent("""{"endpoint":"draft/count","kind":"explode"}""", Encoding.UTF8, "application/json");

        using var posted = await h.Http.PostAsync("sandbox/faults", content);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Empty(h.Sandbox.State.Faults.Pending);
    }
}
