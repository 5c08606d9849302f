using System.Net;
using System.Text.RegularExpressions;
using Media.Testing;

namespace Media.Site.Tests.Integration;

/// <summary>The web preview is the site (docs/review.md §4): the public theme's article template for the exact version,
/// marked as a preview, never cached nor public.</summary>
public abstract partial class SitePreviewTests(MediaAppFactory app)
{
    private const string Body = "## 冷链仓库\n\n县里新建**冷链仓库**，详见[县政府网站](https://www.example.gov.cn/notice)。\n\n- 一号库\n- 二号库";
    private readonly SiteDesk desk = new(app);
    private readonly Newsroom newsroom = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task WebPreview_IsThePublishedArticleSection_ForTheSameVersion()
    {
        var (column, slug) = await desk.ColumnAsync("民生");
        var title = "新建冷链仓库投用 " + Guid.NewGuid().ToString("N")[..6];
        var id = await desk.DraftAsync(column, title, Body);
        var admin = await newsroom.AdminAsync();

        using var before = await admin.GetAsync($"/api/articles/{id}/preview?channel=web");
        var beforeHtml = await SiteDesk.ExpectPageAsync(before, 200);
        await SiteDesk.ExpectPageAsync(await http.GetAsync($"/articles/{id}"), 404);
        await PublishedArticleSeeder.PublishAsync(app, id);
        await desk.RaiseAsync(id, column, Media.Abstractions.Content.EditorialStatus.Published);
        var published = await SiteDesk.ExpectPageAsync(await http.GetAsync($"/articles/{id}"), 200);
        var afterHtml = await SiteDesk.ExpectPageAsync(await admin.GetAsync($"/api/articles/{id}/preview?channel=web"), 200);

        // Published, the same version previews byte for byte as readers get it; before, only the time differs (there was none).
        Assert.Equal(Section(published), Section(afterHtml));
        Assert.Equal(WithoutTime(Section(published)), WithoutTime(Section(beforeHtml)));
        Assert.Contains("<h2>冷链仓库</h2>", Section(published));
        Assert.Contains($"href=\"/columns/{slug}\"", Section(beforeHtml));
        Assert.Contains("<p class=\"preview-banner\" role=\"note\">预览 · 第 1 版 · 尚未发布，读者看不到此页</p>", beforeHtml);
        Assert.Contains("<p class=\"preview-banner\" role=\"note\">预览 · 第 1 版 · 即线上版本</p>", afterHtml);
        Assert.Contains("/theme/", beforeHtml); // the public theme's stylesheet
        Assert.DoesNotContain("preview-banner", published);
    }

    [Fact]
    public async Task WebPreview_IsMarkedNotForSearchEnginesNorCaches_AndLeavesThePublicPageAlone()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var id = await desk.PublishedAsync(column, "已发布稿件 " + Guid.NewGuid().ToString("N")[..6], Body);
        var draft = await desk.DraftAsync(column, "未发布稿件 " + Guid.NewGuid().ToString("N")[..6], Body);
        var admin = await newsroom.AdminAsync();
        var publicBefore = await SiteDesk.ExpectPageAsync(await http.GetAsync($"/articles/{id}"), 200);

        foreach (var article in new[] { id, draft })
        {
            using var preview = await admin.GetAsync($"/api/articles/{article}/preview?channel=web");
            var html = await SiteDesk.ExpectPageAsync(preview, 200);
            Assert.Equal("no-store", preview.Headers.CacheControl?.ToString());
            Assert.Equal("noindex", Assert.Single(preview.Headers.GetValues("X-Robots-Tag")));
            Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
            Assert.DoesNotContain("rel=\"canonical\"", html);
            Assert.DoesNotContain("og:url", html);
        }

        Assert.Equal(publicBefore, await SiteDesk.ExpectPageAsync(await http.GetAsync($"/articles/{id}"), 200));
        await SiteDesk.ExpectPageAsync(await http.GetAsync($"/articles/{draft}"), 404);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync($"/api/articles/{draft}/preview?channel=web")).StatusCode);
    }

    [Fact]
    public async Task WebPreview_ShowsTheCorrectionUnderReview_WhileReadersKeepTheLiveVersion()
    {
        var (column, _) = await desk.ColumnAsync("经济");
        var path = new CorrectionPath(newsroom);
        await path.PublishAsync(column, "三座冷链仓库建成 " + Guid.NewGuid().ToString("N")[..6], "总库容达到 1.2 万吨。");
        var live = await PublicPageAsync(path.Id);
        await path.OpenEditAndSubmitAsync("库容数字有误，应为 1.5 万吨。", "总库容达到 1.5 万吨。");

        var preview = await SiteDesk.ExpectPageAsync(await path.Author.GetAsync($"/api/articles/{path.Id}/preview?channel=web"), 200);
        var stillLive = await PublicPageAsync(path.Id);
        await path.SignOffAndPublishAsync();
        string corrected;
        var tries = 0;
        while (!(corrected = await PublicPageAsync(path.Id)).Contains("1.5 万吨", StringComparison.Ordinal) && ++tries < 50) await Task.Delay(100);
        var previewAfter = await SiteDesk.ExpectPageAsync(await path.Author.GetAsync($"/api/articles/{path.Id}/preview?channel=web"), 200);

        Assert.Contains($"预览 · 第 {path.Version} 版 · 线上仍是第 1 版", preview);
        Assert.Contains("总库容达到 1.5 万吨。", Section(preview));
        Assert.Equal(Section(live), Section(stillLive));
        Assert.Contains("总库容达到 1.2 万吨。", Section(stillLive));
        // Once out, the reviewed version is what readers get, its dated 更正说明 included.
        Assert.Contains("更正说明", Section(corrected));
        Assert.Equal(Section(corrected), Section(previewAfter));
    }

    private async Task<string> PublicPageAsync(Guid id)
    {
        for (var i = 0; i < 50; i++)
        {
            using var response = await http.GetAsync($"/articles/{id}");
            if (response.StatusCode == HttpStatusCode.OK) return await SiteDesk.ExpectPageAsync(response, 200);
            await Task.Delay(100);
        }
        return await SiteDesk.ExpectPageAsync(await http.GetAsync($"/articles/{id}"), 200);
    }

    private static string Section(string html) => ArticleSection().Match(html) is { Success: true } m
        ? m.Value
        : throw new Xunit.Sdk.XunitException("No <article class=\"story\"> in: " + html);

    private static string WithoutTime(string section) => TimeElement().Replace(section, "<time>TIME</time>");

    [GeneratedRegex("<article class=\"story\">.*?</article>", RegexOptions.Singleline)]
    private static partial Regex ArticleSection();

    [GeneratedRegex("<time datetime=\"[^\"]*\">[^<]*</time>")]
    private static partial Regex TimeElement();
}

public sealed class SitePreviewTestsOnSqlite(SqliteMediaApp app) : SitePreviewTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SitePreviewTestsOnPostgreSql(PostgresMediaApp app) : SitePreviewTests(app), IClassFixture<PostgresMediaApp>;
