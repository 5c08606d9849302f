using System.Net.Http.Json;
using Media.Abstractions.Content;
using Media.Abstractions.Security;
using Media.Articles.Data;
using Media.Data;
using Media.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Articles.Tests.Integration;

public abstract class ArticleHistoryTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    private async Task<(MediaClient Reporter, Guid Column, Guid Id)> TwoVersionsAsync(string before, string after)
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(reporter, column, "标题", before)).GetProperty("id").GetGuid();
        await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/articles/{id}", new { columnId = column, title = "标题", body = after }, "\"1\""), 200);
        return (reporter, column, id);
    }

    [Fact]
    public async Task Versions_ListsEveryVersion_AndEachKeepsItsContent()
    {
        var (reporter, _, id) = await TwoVersionsAsync("第一稿", "第二稿");

        var versions = await reporter.GetJsonAsync($"/api/articles/{id}/versions");
        var first = await reporter.GetJsonAsync($"/api/articles/{id}/versions/1");

        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("第一稿", first.GetProperty("body").GetString());
        await reporter.GetJsonAsync($"/api/articles/{id}/versions/3", 404);
    }

    [Fact]
    public async Task Restore_SavesAnEarlierVersionAsTheNewest_AndTheTrailSaysSo()
    {
        var (reporter, _, id) = await TwoVersionsAsync("第一稿", "第二稿");
        var first = await reporter.GetJsonAsync($"/api/articles/{id}/versions/1");

        await MediaClient.ExpectAsync(await reporter.PostAsync($"/api/articles/{id}/restore", new { version = 1 }), 428);
        await MediaClient.ExpectAsync(await RestoreAsync(reporter, id, 1, ifMatch: "\"1\""), 412);
        await MediaClient.ExpectAsync(await RestoreAsync(reporter, id, 7, ifMatch: "\"2\""), 422);
        var restored = await MediaClient.ExpectAsync(await RestoreAsync(reporter, id, 1, ifMatch: "W/\"2\""), 200);

        Assert.Equal(3, restored.GetProperty("version").GetInt32());
        Assert.Equal("第一稿", restored.GetProperty("body").GetString());
        Assert.Equal(first.GetProperty("contentHash").GetString(), restored.GetProperty("contentHash").GetString());
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);
        var entry = (await auditor.GetJsonAsync($"/api/articles/{id}/audit")).EnumerateArray().Last();
        Assert.Equal("article.restored", entry.GetProperty("action").GetString());
        Assert.Equal(1, entry.GetProperty("data").GetProperty("restoredFrom").GetInt32());
    }

    [Fact]
    public async Task Restore_IsRefused_InReview()
    {
        var (reporter, _, id) = await TwoVersionsAsync("第一稿", "第二稿");
        await reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 2 }, 200);

        var refused = await MediaClient.ExpectAsync(await RestoreAsync(reporter, id, 1, ifMatch: "\"2\""), 409);

        Assert.Contains("in_review", refused.GetProperty("detail").GetString());
        Assert.Equal(2, (await reporter.GetJsonAsync($"/api/articles/{id}")).GetProperty("version").GetInt32());
    }

    private static async Task<HttpResponseMessage> RestoreAsync(MediaClient client, Guid id, int version, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/articles/{id}/restore") { Content = JsonContent.Create(new { version }) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.Http.SendAsync(request);
    }

    [Fact]
    public async Task Diff_ShowsCharacterLevelChanges_InChineseText()
    {
        var (reporter, _, id) = await TwoVersionsAsync("县委书记主持会议。", "县委副书记主持了会议。");

        var diff = await reporter.GetJsonAsync($"/api/articles/{id}/diff?from=1&to=2");
        var body = diff.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "body");
        var segments = body.GetProperty("segments").EnumerateArray()
            .Select(s => (s.GetProperty("op").GetString(), s.GetProperty("text").GetString())).ToList();

        Assert.True(body.GetProperty("changed").GetBoolean());
        Assert.Contains(("insert", "副"), segments);
        Assert.Contains(("insert", "了"), segments);
        Assert.DoesNotContain(segments, s => s.Item1 == "delete");
    }

    /// <summary>Two unrelated 200,000-character bodies: a character diff of them is O(N·D), minutes of CPU per view.
    /// The bound is generous (the contract's figure is 1 s, measured by the benchmark, not here): it catches the
    /// quadratic blow-up, not a slow machine.</summary>
    [Fact]
    public async Task Diff_OfUnrelatedMaximalBodies_IsBounded_AndStillAccountsForEveryCharacter()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var before = LongText(seed: 1);
        var after = LongText(seed: 2);
        var id = (await Newsroom.ArticleAsync(reporter, column, "长稿", before)).GetProperty("id").GetGuid();
        await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/articles/{id}", new { columnId = column, title = "长稿", body = after }, "\"1\""), 200);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var response = await reporter.Http.GetAsync($"/api/articles/{id}/diff?from=1&to=2", timeout.Token);
        var diff = await MediaClient.ExpectAsync(response, 200);

        var body = diff.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "body");
        var segments = body.GetProperty("segments").EnumerateArray().Select(x => (Op: x.GetProperty("op").GetString(), Text: x.GetProperty("text").GetString()!)).ToList();
        Assert.Equal(before, string.Concat(segments.Where(x => x.Op != "insert").Select(x => x.Text)));
        Assert.Equal(after, string.Concat(segments.Where(x => x.Op != "delete").Select(x => x.Text)));
        Assert.Equal("paragraph", body.GetProperty("granularity").GetString());
    }

    /// <summary>Chinese paragraphs of 40–200 characters up to the body limit, different for each seed.</summary>
    private static string LongText(int seed)
    {
        var random = new Random(seed);
        var text = new System.Text.StringBuilder();
        while (text.Length < 199_000)
        {
            var length = random.Next(40, 200);
            for (var i = 0; i < length; i++) text.Append((char)random.Next(0x4E00, 0x9FA5));
            text.Append("\n\n");
        }
        return text.ToString();
    }

    [Fact]
    public async Task Diff_Returns400_WhenVersionsMissing()
    {
        var (reporter, _, id) = await TwoVersionsAsync("a", "b");
        var problem = await reporter.GetJsonAsync($"/api/articles/{id}/diff", 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("from", out _));
    }

    [Fact]
    public async Task Preview_RendersSanitizedHtml_ForWebAppAndWeChat()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var body = "## 小标题\n\n**加粗**<script>alert(1)</script>\n\n[链接](javascript:alert(2)) <img src=x onerror=alert(3)>";
        var id = (await Newsroom.ArticleAsync(reporter, column, "预览", body)).GetProperty("id").GetGuid();

        foreach (var channel in new[] { "web", "app" })
        {
            var response = await reporter.GetAsync($"/api/articles/{id}/preview?channel={channel}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<h2", html);
            Assert.Contains("<strong>加粗</strong>", html);
            Assert.DoesNotContain("<script", html);
            Assert.DoesNotContain("javascript:", html);
            Assert.DoesNotContain("<img", html);
        }
        // WeChat's preview is the content draft/add receives: the same sanitised HTML, every element inline-styled.
        var wechat = await reporter.GetAsync($"/api/articles/{id}/preview?channel=wechat");
        var wechatHtml = await wechat.Content.ReadAsStringAsync();
        Assert.Equal("text/html", wechat.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<strong style=\"font-weight:bold;\">加粗</strong>", wechatHtml);
        Assert.Matches("<h2 style=\"[^\"]+\">", wechatHtml);
        Assert.DoesNotContain("<script", wechatHtml);
        Assert.DoesNotContain("javascript:", wechatHtml);
        Assert.DoesNotContain("<img", wechatHtml);
        await reporter.GetJsonAsync($"/api/articles/{id}/preview?channel=fax", 400);
    }

    [Fact]
    public async Task List_FiltersByStatusColumnAndTitle()
    {
        var columnA = await newsroom.ColumnAsync();
        var columnB = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        await Newsroom.ArticleAsync(reporter, columnA, "乡村振兴大会");
        await Newsroom.ArticleAsync(reporter, columnB, "城市建设");

        var byColumn = await reporter.GetJsonAsync($"/api/articles?columnId={columnB}");
        var byTitle = await reporter.GetJsonAsync("/api/articles?q=振兴");
        var byStatus = await reporter.GetJsonAsync("/api/articles?status=published");

        Assert.Equal("城市建设", byColumn.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal(1, byColumn.GetProperty("total").GetInt32());
        Assert.Equal("乡村振兴大会", byTitle.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal(0, byStatus.GetProperty("total").GetInt32());
        await reporter.GetJsonAsync("/api/articles?status=lost", 400);
    }

    [Fact]
    public async Task Update_Returns409_WhenNotADraft()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(reporter, column)).GetProperty("id").GetGuid();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
            await db.Set<Article>().Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, EditorialStatus.InReview));
        }

        var problem = await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/articles/{id}", new { columnId = column, title = "t", body = "b" }, "\"1\""), 409);

        Assert.Contains("draft", problem.GetProperty("detail").GetString());
    }
}

public sealed class ArticleHistoryTestsOnSqlite(SqliteMediaApp app) : ArticleHistoryTests(app), IClassFixture<SqliteMediaApp>;

public sealed class ArticleHistoryTestsOnPostgreSql(PostgresMediaApp app) : ArticleHistoryTests(app), IClassFixture<PostgresMediaApp>;
