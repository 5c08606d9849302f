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
