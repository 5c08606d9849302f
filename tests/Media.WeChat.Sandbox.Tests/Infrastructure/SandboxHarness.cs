using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Media.WeChat.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Media.WeChat.Sandbox.Tests.Infrastructure;

/// <summary>
/// A sandbox on a real loopback port and a plain HttpClient that speaks to it the way WeChat's docs show
/// (raw JSON and multipart), never through a client of ours.
/// </summary>
public sealed class SandboxHarness : IAsyncDisposable
{
    private SandboxHarness(RunningWeChatSandbox sandbox, FakeTimeProvider? clock)
    {
        Sandbox = sandbox;
        Clock = clock;
        Http = new HttpClient { BaseAddress = sandbox.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public RunningWeChatSandbox Sandbox { get; }

    public FakeTimeProvider? Clock { get; }

    public HttpClient Http { get; }

    public SandboxAccountOptions Account => Sandbox.State.Options.Accounts[0];

    /// <summary>Starts a sandbox with one account and a fake clock (unless realClock), after letting the test adjust options.</summary>
    public static async Task<SandboxHarness> StartAsync(Action<WeChatSandboxOptions>? configure = null, bool realClock = false)
    {
        var options = new WeChatSandboxOptions().WithDemoAccountIfEmpty();
        configure?.Invoke(options);
        var clock = realClock ? null : new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var sandbox = await WeChatSandboxServer.StartAsync(options, (TimeProvider?)clock ?? TimeProvider.System, null, CancellationToken.None);
        return new SandboxHarness(sandbox, clock);
    }

    public async Task<string> GetTokenAsync()
    {
        var reply = await PostJsonAsync("cgi-bin/stable_token",
            $$"""{"grant_type":"client_credential","appid":"{{Account.AppId}}","secret":"{{Account.Secret}}","force_refresh":false}""");
        return reply.GetProperty("access_token").GetString()!;
    }

    public async Task<JsonElement> PostJsonAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(path, content);
        return await ReadAsync(response);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return await ReadAsync(response);
    }

    public async Task<JsonElement> CallAsync(string endpoint, string json) =>
        await PostJsonAsync($"cgi-bin/{endpoint}?access_token={await GetTokenAsync()}", json);

    public async Task<JsonElement> UploadAsync(string pathAndQuery, byte[] bytes, string fileName, string partName = "media")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, partName, fileName);
        using var response = await Http.PostAsync(pathAndQuery, form);
        return await ReadAsync(response);
    }

    /// <summary>A permanent image material, usable as thumb_media_id.</summary>
    public async Task<string> AddCoverAsync()
    {
        var reply = await UploadAsync($"cgi-bin/material/add_material?type=image&access_token={await GetTokenAsync()}",
            TestImages.Jpeg(2048), "cover.jpg");
        return reply.GetProperty("media_id").GetString()!;
    }

    public async Task<string> AddDraftAsync(params string[] titles)
    {
        var cover = await AddCoverAsync();
        var reply = await CallAsync("draft/add", Drafts.Body(titles.Select(t => Drafts.Article(t, cover)).ToArray()));
        return reply.GetProperty("media_id").GetString()
            ?? throw new InvalidOperationException(reply.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Sandbox.DisposeAsync();
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
