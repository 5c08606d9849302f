using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Media.Distribution.Tests.Integration;
using Media.Testing;
using Xunit.Abstractions;

namespace Media.Distribution.Tests.Nodes;

/// <summary>Two real nodes behind nginx (docs/operations.md §1.3): one sign-in for both, an upload on one read on the
/// other, a retraction seen by both within 2 s, a delivery worked once, and a node killed mid-delivery whose work the
/// other finishes.</summary>
[TestCaseOrderer(KilledLastOrderer.TypeName, KilledLastOrderer.AssemblyName)]
public sealed partial class TwoNodesBehindNginxTests(TwoNodes nodes, ITestOutputHelper output) : IClassFixture<TwoNodes>, IAsyncLifetime
{
    private const string WebhookSecret = "county-app-webhook-secret-nginx";
    private const int Rounds = 8;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    public Task InitializeAsync() => nodes.EnsureRunningAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task BearerToken_FromOneSignInThroughNginx_WorksOnBothNodes()
    {
        var admin = await MediaClient.SignInAsync(ThroughNginx(), "admin", TwoNodes.AdminPassword);

        var answeredBy = new HashSet<string>();
        for (var i = 0; i < Rounds; i++)
        {
            using var response = await admin.GetAsync("/api/users");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answeredBy.Add(NodeOf(response));
        }

        Assert.Equal(TwoNodes.Names, answeredBy.Order());
    }

    [Fact]
    public async Task CookieFromOneSignInFormThroughNginx_WorksOnBothNodes()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = nodes.Nginx.BaseUrl };
        using var form = await http.GetAsync("/admin/signin");
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/admin/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = "admin", ["password"] = TwoNodes.AdminPassword, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", Cookies(form));
        using var signedIn = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = Cookies(signedIn);

        var answeredBy = new HashSet<string>();
        for (var i = 0; i < Rounds; i++)
        {
            using var page = new HttpRequestMessage(HttpMethod.Get, "/admin/account");
            page.Headers.Add("Cookie", cookie);
            using var shown = await http.SendAsync(page);
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
            answeredBy.Add(NodeOf(shown));
        }

        Assert.Equal(TwoNodes.Names, answeredBy.Order());
    }

    [Fact]
    public async Task ImageUploadedOnOneNode_IsServedByTheOther()
    {
        var admin = await PersonAsync("Admin");
        using var uploader = Direct(0);
        uploader.DefaultRequestHeaders.Authorization = admin.Http.DefaultRequestHeaders.Authorization;
        var photo = TestImages.Photo();

        var item = await UploadAsync(uploader, photo);
        using var reader = Direct(1);
        using var served = await reader.GetAsync(item.GetProperty("url").GetString());

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("node-b", NodeOf(served));
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.True((await served.Content.ReadAsByteArrayAsync()).Length > 1000);
        using var original = await reader.GetAsync($"/api/media/{item.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.Unauthorized, original.StatusCode); // the API still wants a token on every node
    }

    [Fact]
    public async Task RetractedArticle_Answers410FromBothNodes_Within2s()
    {
        var (admin, leader) = await NewsroomAsync();
        var id = await SignedOffArticleAsync(admin, "两台服务器上的稿件");
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = Array.Empty<Guid>() }, 202);
        HttpClient[] readers = [Direct(0), Direct(1)];
        foreach (var reader in readers) await UntilAsync(reader, $"/articles/{id}", HttpStatusCode.OK, TimeSpan.FromSeconds(10));
        foreach (var reader in readers) Assert.NotNull((await reader.GetAsync($"/articles/{id}")).Headers.Age); // cached now

        var since = Stopwatch.StartNew();
        await leader.PostJsonAsync($"/api/articles/{id}/retract", new { reason = "核实中，暂时撤下" }, 202);
        await Task.WhenAll(readers.Select(r => UntilAsync(r, $"/articles/{id}", HttpStatusCode.Gone, TimeSpan.FromSeconds(2))));

        output.WriteLine($"retract → 410 on both nodes: {since.ElapsedMilliseconds} ms (the retract call included)");
        Assert.True(since.Elapsed < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Delivery_IsWorkedByExactlyOneNode()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookSecret);
        var (admin, leader) = await NewsroomAsync();
        var channel = await AppChannelAsync(admin, receiver);
        var id = await SignedOffArticleAsync(admin, "一次送达的稿件");

        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { channel } }, 202);
        await DeliveryPolling.UntilAllAsync(admin, id, "delivered");
        await Task.Delay(TimeSpan.FromSeconds(2)); // ten poll intervals of both job servers: a second run would show

        var request = Assert.Single(receiver.Requests);
        Assert.True(request.SignatureValid);
        Assert.Equal(WebhookAnswer.Ok, request.Answer);
    }

    [Fact]
    [Trait("Kills", "node")]
    public async Task NodeKilledWhileItsDeliveryIsOnTheWire_TheOtherFinishesIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookSecret);
        receiver.HangNext(); // the first request is held open: the node that sent it is killed while it waits
        var (admin, leader) = await NewsroomAsync();
        var channel = await AppChannelAsync(admin, receiver);
        var id = await SignedOffArticleAsync(admin, "发布途中宕机的稿件");

        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { channel } }, 202);
        var held = (await receiver.WaitForAsync(1, TimeSpan.FromSeconds(20)))[0];
        var sender = Sender(receiver);
        await nodes.KillAsync(sender);
        var since = Stopwatch.StartNew();
        output.WriteLine($"{TwoNodes.Names[sender]} killed while its delivery {held.DeliveryId} was on the wire");

        using var survivorHttp = Direct(1 - sender);
        survivorHttp.DefaultRequestHeaders.Authorization = admin.Http.DefaultRequestHeaders.Authorization;
        var deliveries = await DeliveryPolling.UntilAllAsync(new MediaClient(survivorHttp), id, "delivered");
        output.WriteLine($"{TwoNodes.Names[1 - sender]} finished it {since.ElapsedMilliseconds} ms after the kill");

        var delivery = Assert.Single(deliveries.EnumerateArray(), d => d.GetProperty("channelId").GetGuid() == channel);
        Assert.Equal(2, delivery.GetProperty("attempts").GetInt32());
        var requests = receiver.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal(held.DeliveryId, r.DeliveryId));
        Assert.Single(requests, r => r.Answer == WebhookAnswer.Ok);
        Assert.True(since.Elapsed < TimeSpan.FromSeconds(20));
    }

    private int Sender(WebhookReceiver receiver)
    {
        var running = Enumerable.Range(0, 2).ToDictionary(i => nodes.Node(i).ProcessId);
        var owners = SocketOwners.ConnectedTo(receiver.Url.Port, running.Keys);
        return running[Assert.Single(owners)];
    }

    private HttpClient ThroughNginx() => new() { BaseAddress = nodes.Nginx.BaseUrl };

    private HttpClient Direct(int index) => new() { BaseAddress = nodes.Node(index).BaseUrl };

    private static string NodeOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Media-Node", out var values) ? values.Single() : throw new Xunit.Sdk.XunitException("no X-Media-Node header");

    /// <summary>The admin and a leader, signed in through nginx.</summary>
    private async Task<(MediaClient Admin, MediaClient Leader)> NewsroomAsync()
    {
        var admin = await PersonAsync("Admin");
        return (admin, await PersonAsync("Leader"));
    }

    /// <summary>One person per role for the whole class (created and signed in through nginx once: password hashing
    /// is slow on purpose), each call with a client of its own.</summary>
    private async Task<MediaClient> PersonAsync(string role)
    {
        if (!nodes.SignIns.TryGetValue(role, out var token))
        {
            var http = ThroughNginx();
            if (role == "Admin")
            {
                await MediaClient.SignInAsync(http, "admin", TwoNodes.AdminPassword);
            }
            else
            {
                var admin = await PersonAsync("Admin");
                var name = role.ToLowerInvariant() + Guid.NewGuid().ToString("N")[..6];
                await admin.PostJsonAsync("/api/users", new { userName = name, displayName = name, password = TwoNodes.UserPassword, roles = new[] { role } }, 201);
                await MediaClient.SignInAsync(http, name, TwoNodes.UserPassword);
            }
            token = nodes.SignIns[role] = http.DefaultRequestHeaders.Authorization!;
        }
        var client = ThroughNginx();
        client.DefaultRequestHeaders.Authorization = token;
        return new MediaClient(client);
    }

    private async Task<Guid> SignedOffArticleAsync(MediaClient admin, string title)
    {
        var slug = "c" + Guid.NewGuid().ToString("N")[..8];
        var column = (await admin.PostJsonAsync("/api/columns", new { name = "要闻" + slug, slug }, 201)).GetProperty("id").GetGuid();
        var reporter = await PersonAsync("Reporter");
        var article = await reporter.PostJsonAsync("/api/articles", new { columnId = column, title = title + " " + slug, body = "正文：县里的消息。" }, 201);
        var id = article.GetProperty("id").GetGuid();
        await reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 1 }, 200);
        foreach (var role in new[] { "Editor", "ChiefEditor", "Leader" })
            await (await PersonAsync(role)).PostJsonAsync($"/api/articles/{id}/review", new { version = 1, decision = "approve", comment = "同意" }, 200);
        return id;
    }

    private static async Task<Guid> AppChannelAsync(MediaClient admin, WebhookReceiver receiver) =>
        (await admin.PostJsonAsync("/api/channels", new
        {
            type = "app", name = "掌上县城 App " + Guid.NewGuid().ToString("N")[..6], settings = new { webhookUrl = receiver.Url.ToString(), secret = WebhookSecret },
        }, 201)).GetProperty("id").GetGuid();

    private static async Task<JsonElement> UploadAsync(HttpClient http, byte[] photo)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", "photo.jpg");
        return await MediaClient.ExpectAsync(await http.PostAsync("/api/media", form), 201);
    }

    private static async Task UntilAsync(HttpClient reader, string path, HttpStatusCode status, TimeSpan limit)
    {
        var since = Stopwatch.StartNew();
        while (true)
        {
            using var response = await reader.GetAsync(path);
            if (response.StatusCode == status) return;
            if (since.Elapsed > limit)
                throw new Xunit.Sdk.XunitException($"{reader.BaseAddress}{path} still answers {(int)response.StatusCode}, not {(int)status}, {limit.TotalSeconds} s on.");
            await Task.Delay(50);
        }
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);
}
