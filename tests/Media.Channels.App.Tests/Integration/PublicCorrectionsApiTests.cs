using System.Net;
using System.Text.Json;
using Media.Abstractions.Hosting;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Channels.App.Tests.Integration;

/// <summary>Corrections (更正) for the county app, driven through the real API, review, publish and delivery jobs, with
/// a real webhook receiver (docs/lifecycle.md §4): the read API keeps the published text while the correction is in
/// review; publishing it sends a signed <c>article.updated</c> with a delivery id of its own, the article carries the
/// new text and its <c>corrections</c>, and <c>/api/public/corrections</c> lists it, newest first.</summary>
public abstract class PublicCorrectionsApiTests(MediaAppFactory app) : IAsyncLifetime
{
    private const string WebhookSecret = "county-app-webhook-secret-corrections";
    private const string Original = "县春耕生产动员会于3月11日召开。";
    private const string Corrected = "县春耕生产动员会于3月12日召开。";
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private readonly Newsroom newsroom = new(app);
    private WebhookReceiver receiver = null!;
    private Guid appChannel;

    public async Task InitializeAsync()
    {
        receiver = await WebhookReceiver.StartAsync(WebhookSecret);
        var channel = await (await newsroom.AdminAsync()).PostJsonAsync("/api/channels", new
        {
            type = "app", name = "掌上县城 App " + Guid.NewGuid().ToString("N")[..6],
            settings = new { webhookUrl = receiver.Url.ToString(), secret = WebhookSecret },
        }, 201);
        appChannel = channel.GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    [Fact]
    public async Task Correction_ReachesTheAppAsSignedUpdate_WithItsOwnDeliveryId_AndTheReadApiCarriesIt()
    {
        var path = new CorrectionPath(newsroom);
        await path.PublishAsync(await newsroom.ColumnAsync(), "春耕动员会召开 " + Suffix(), Original, appChannel);
        var published = Assert.Single(await receiver.WaitForAsync(1, WaitLimit));
        var firstVersion = path.Version;

        const string note = "原稿会议日期有误<script>alert('x')</script>，已更正为3月12日。";
        await path.OpenEditAndSubmitAsync(note, Corrected);
        var inReview = await app.Anonymous().GetJsonAsync($"/api/public/articles/{path.Id}");
        var listInReview = await app.Anonymous().GetJsonAsync("/api/public/corrections?pageSize=100");
        await path.SignOffAndPublishAsync(appChannel);
        var requests = await receiver.WaitForAsync(2, WaitLimit);
        var update = requests[1];
        var after = await app.Anonymous().GetJsonAsync($"/api/public/articles/{path.Id}");
        var list = await app.Anonymous().GetJsonAsync("/api/public/corrections?pageSize=100");

        Assert.Equal("article.published", published.Event);
        Assert.True(published.SignatureValid);
        Assert.Contains(Original, inReview.GetProperty("bodyHtml").GetString());
        Assert.Equal(firstVersion, inReview.GetProperty("version").GetInt32());
        Assert.Equal(0, inReview.GetProperty("corrections").GetArrayLength());
        Assert.DoesNotContain(Items(listInReview), c => c.GetProperty("articleId").GetGuid() == path.Id);

        Assert.Equal(2, requests.Count);
        Assert.True(update.SignatureValid, $"Signature {update.Signature} does not verify for body {update.BodyText}");
        Assert.Equal("article.updated", update.Event);
        Assert.Equal("article.updated", update.Json.GetProperty("event").GetString());
        Assert.NotEqual(published.DeliveryId, update.DeliveryId);
        Assert.Equal(update.DeliveryId, update.Json.GetProperty("deliveryId").GetGuid().ToString());
        Assert.Equal(path.Version, update.Json.GetProperty("version").GetInt32());
        Assert.NotEqual(firstVersion, path.Version);
        // The webhook's url is where the app reads the corrected content next.
        var fromWebhook = await app.Anonymous().GetJsonAsync(update.Json.GetProperty("url").GetString()!);
        Assert.Contains(Corrected, fromWebhook.GetProperty("bodyHtml").GetString());
        Assert.Equal(path.Version, fromWebhook.GetProperty("version").GetInt32());

        Assert.Contains(Corrected, after.GetProperty("bodyHtml").GetString());
        Assert.DoesNotContain(Original, after.GetProperty("bodyHtml").GetString());
        var carried = Assert.Single(after.GetProperty("corrections").EnumerateArray());
        Assert.Equal(note, carried.GetProperty("note").GetString());
        var listed = Assert.Single(Items(list), c => c.GetProperty("articleId").GetGuid() == path.Id);
        Assert.Equal(note, listed.GetProperty("note").GetString());
        Assert.Equal(after.GetProperty("title").GetString(), listed.GetProperty("title").GetString());
        Assert.Equal($"{BaseUrl()}{await PublishedArticleSeeder.UrlOfAsync(app, path.Id)}", listed.GetProperty("url").GetString());
        Assert.Equal(firstVersion, listed.GetProperty("ofVersion").GetInt32());
        Assert.Equal(path.Version, listed.GetProperty("correctedVersion").GetInt32());
        var publishedAt = listed.GetProperty("publishedAt").GetDateTimeOffset();
        Assert.Equal(publishedAt, carried.GetProperty("publishedAt").GetDateTimeOffset());
        Assert.Equal(publishedAt, update.Json.GetProperty("occurredAt").GetDateTimeOffset());
        // JSON escapes markup by itself: the raw note never reaches a page unencoded through this API.
        Assert.DoesNotContain("<script", update.BodyText + list.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Corrections_ListNewestFirst_Paged_WithETag()
    {
        var first = await CorrectedAsync("第一条更正：停水时间应为周二。");
        var second = await CorrectedAsync("第二条更正：线路编号应为 5 路。");
        var http = app.Anonymous().Http;

        var all = await app.Anonymous().GetJsonAsync("/api/public/corrections?page=1&pageSize=100");
        var page1 = await app.Anonymous().GetJsonAsync("/api/public/corrections?page=1&pageSize=1");
        var page2 = await app.Anonymous().GetJsonAsync("/api/public/corrections?page=2&pageSize=1");
        var response = await http.GetAsync("/api/public/corrections?pageSize=100");
        await MediaClient.ExpectAsync(response, 200);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/public/corrections?pageSize=100");
        revalidate.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        var notModified = await http.SendAsync(revalidate);

        var ids = Items(all).Select(c => c.GetProperty("articleId").GetGuid()).ToList();
        Assert.True(ids.IndexOf(second) >= 0 && ids.IndexOf(first) > ids.IndexOf(second), string.Join(", ", ids));
        var times = Items(all).Select(c => c.GetProperty("publishedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.True(all.GetProperty("total").GetInt32() >= 2);
        Assert.Equal(100, all.GetProperty("pageSize").GetInt32());
        Assert.Equal(all.GetProperty("total").GetInt32(), page1.GetProperty("total").GetInt32());
        Assert.Equal(Items(all)[0].GetProperty("articleId").GetGuid(), Assert.Single(Items(page1)).GetProperty("articleId").GetGuid());
        Assert.Equal(Items(all)[1].GetProperty("articleId").GetGuid(), Assert.Single(Items(page2)).GetProperty("articleId").GetGuid());
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal("public, max-age=30", response.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Article_CarriesAnEmptyCorrectionsList_WhenNeverCorrected()
    {
        var path = new CorrectionPath(newsroom);
        await path.PublishAsync(await newsroom.ColumnAsync(), "从未更正的稿件 " + Suffix(), Original);

        var article = await app.Anonymous().GetJsonAsync($"/api/public/articles/{path.Id}");

        Assert.Equal(JsonValueKind.Array, article.GetProperty("corrections").ValueKind);
        Assert.Equal(0, article.GetProperty("corrections").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_DescribesTheCorrectionsList_WithASchema()
    {
        var document = await app.Anonymous().GetJsonAsync("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/public/corrections", out var corrections), "corrections missing from OpenAPI");
        var ok = corrections.GetProperty("get").GetProperty("responses").GetProperty("200");
        Assert.True(ok.GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _), ok.ToString());
        Assert.True(corrections.GetProperty("get").GetProperty("responses").TryGetProperty("304", out _));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty("PublicCorrectionResponse", out var item), "no schema for a correction");
        foreach (var field in new[] { "articleId", "title", "url", "note", "publishedAt", "ofVersion", "correctedVersion" })
            Assert.True(item.GetProperty("properties").TryGetProperty(field, out _), $"{field} missing from the schema");
        Assert.True(schemas.GetProperty("PublicArticleResponse").GetProperty("properties").TryGetProperty("corrections", out _));
    }

    private async Task<Guid> CorrectedAsync(string note)
    {
        var path = new CorrectionPath(newsroom);
        await path.PublishAsync(await newsroom.ColumnAsync(), "更正排序 " + Suffix(), Original);
        await path.OpenEditAndSubmitAsync(note, Corrected);
        await path.SignOffAndPublishAsync();
        return path.Id;
    }

    private string BaseUrl() => app.Services.GetRequiredService<PublicSiteAddress>().BaseUrl;

    private static List<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];
}

public sealed class PublicCorrectionsApiTestsOnSqlite(SqliteMediaApp app) : PublicCorrectionsApiTests(app), IClassFixture<SqliteMediaApp>;

public sealed class PublicCorrectionsApiTestsOnPostgreSql(PostgresMediaApp app) : PublicCorrectionsApiTests(app), IClassFixture<PostgresMediaApp>;
