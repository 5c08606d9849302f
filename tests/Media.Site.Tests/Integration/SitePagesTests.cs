using System.Globalization;
using Media.Testing;

namespace Media.Site.Tests.Integration;

public abstract class SitePagesTests(MediaAppFactory app)
{
    private readonly SiteDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task Home_ListsPublishedArticle_AndNotDraft()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        await desk.DraftAsync(column, "草稿不应公开 " + Guid.NewGuid().ToString("N")[..6]);
        var title = "春耕生产全面展开 " + Guid.NewGuid().ToString("N")[..6];
        var id = await desk.PublishedAsync(column, title);

        var html = await SiteDesk.ExpectPageAsync(await http.GetAsync("/"), 200);

        Assert.Contains(title, html);
        Assert.Contains($"href=\"{await desk.UrlOfAsync(id)}\"", html);
        Assert.DoesNotContain("草稿不应公开", html);
        Assert.Contains("<html lang=\"zh-CN\" itemscope itemtype=\"https://schema.org/WebPage\">", html);
    }

    [Fact]
    public async Task Footer_HasNoRecordNumbers_WhenNoneIsConfigured()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var id = await desk.PublishedAsync(column, "没有备案号的站点 " + Guid.NewGuid().ToString("N")[..6]);

        foreach (var path in new[] { "/", await desk.UrlOfAsync(id) })
        {
            var html = await SiteDesk.ExpectPageAsync(await http.GetAsync(path), 200);
            Assert.Contains("<footer class=\"site-footer\">", html);
            Assert.DoesNotContain("beian", html);
            Assert.DoesNotContain("record-numbers", html);
        }
    }

    [Fact]
    public async Task Column_ListsOnlyItsOwnPublishedArticles()
    {
        var (column, slug) = await desk.ColumnAsync("乡村振兴");
        var (other, _) = await desk.ColumnAsync("政务");
        var mine = "本栏目稿件 " + Guid.NewGuid().ToString("N")[..6];
        var theirs = "别的栏目稿件 " + Guid.NewGuid().ToString("N")[..6];
        await desk.PublishedAsync(column, mine, summary: "本栏目摘要");
        await desk.PublishedAsync(other, theirs);

        var html = await SiteDesk.ExpectPageAsync(await http.GetAsync($"/columns/{slug}"), 200);

        Assert.Contains("<h1 class=\"page-title\">乡村振兴</h1>", html);
        Assert.Contains(mine, html);
        Assert.Contains("本栏目摘要", html);
        Assert.DoesNotContain(theirs, html);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost:5080/columns/{slug}\">", html);
    }

    [Fact]
    public async Task Column_Returns404_ForUnknownSlugPageBeyondLastOrBadPage()
    {
        var (column, slug) = await desk.ColumnAsync("民生");
        await desk.PublishedAsync(column, "唯一一篇");

        var unknown = await SiteDesk.ExpectPageAsync(await http.GetAsync("/columns/no-such-column"), 404);
        await SiteDesk.ExpectPageAsync(await http.GetAsync($"/columns/{slug}?page=2"), 404);
        await SiteDesk.ExpectPageAsync(await http.GetAsync($"/columns/{slug}?page=abc"), 404);
        await SiteDesk.ExpectPageAsync(await http.GetAsync($"/columns/{slug}?page=1"), 200);

        Assert.Contains("页面不存在", unknown);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", unknown);
    }

    [Fact]
    public async Task Article_RendersSanitizedBodyEncodedTitleAndChinaTime()
    {
        var (column, slug) = await desk.ColumnAsync("文化旅游");
        var body = "## 活动安排\n\n游客**免费**入园。\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>";
        var id = await desk.PublishedAsync(column, "油菜花节 <b>开幕</b> & \"启动\"", body);
        var published = await desk.FindPublishedAsync(id);

        var html = await SiteDesk.ExpectPageAsync(await http.GetAsync(published.Url), 200);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html); // no cover, so the only image would be the injected one
        Assert.Contains("<strong>免费</strong>", html);
        Assert.Contains("<h1>油菜花节 &lt;b&gt;开幕&lt;/b&gt; &amp; &quot;启动&quot;</h1>", html);
        Assert.Contains("<p class=\"subtitle\">副标题</p>", html);
        Assert.Contains("作者：王小明", html);
        Assert.Contains($"<a href=\"/columns/{slug}\">文化旅游</a>", html);
        Assert.Contains("<li>春耕</li>", html);
        var cst = published.PublishedAt.ToOffset(TimeSpan.FromHours(8));
        Assert.Contains($"{cst.Year}年{cst.Month}月{cst.Day}日 {cst.ToString("HH:mm", CultureInfo.InvariantCulture)}", html);
        Assert.Contains($"datetime=\"{published.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}Z\"", html);
    }

    [Fact]
    public async Task Article_HasOpenGraphAndCanonical_WithAbsoluteUrls()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var text = "三月十二日上午，县四套班子领导与干部群众一起来到城北生态林基地参加义务植树活动。" + new string('林', 120);
        var id = await desk.PublishedAsync(column, "我县植树造林活动启动", text);

        var url = "http://localhost:5080" + await desk.UrlOfAsync(id);
        var html = await SiteDesk.ExpectPageAsync(await http.GetAsync(url), 200);

        Assert.Contains($"<link rel=\"canonical\" href=\"{url}\">", html);
        Assert.Contains($"<meta property=\"og:url\" content=\"{url}\">", html);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", html);
        Assert.Contains("<meta property=\"og:title\" content=\"我县植树造林活动启动\">", html);
        Assert.Contains($"<meta property=\"og:description\" content=\"{text[..100]}…\">", html);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", html);
        Assert.DoesNotContain("og:image", html); // no cover: no image card rather than a broken one
    }

    [Fact]
    public async Task Article_Returns404_ForDraftAndUnknownId()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var draft = await desk.DraftAsync(column, "还在写的稿子");

        var draftPage = await SiteDesk.ExpectPageAsync(await http.GetAsync($"/articles/{draft}"), 404);
        var unknownPage = await SiteDesk.ExpectPageAsync(await http.GetAsync($"/articles/{Guid.NewGuid()}"), 404);

        Assert.DoesNotContain("还在写的稿子", draftPage);
        Assert.Contains("页面不存在", unknownPage);
    }

    [Fact]
    public async Task Article_Returns410WithRetractionPage_WhenRetracted()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var id = await desk.PublishedAsync(column, "将被撤下的稿件");
        var url = await desk.UrlOfAsync(id);
        await desk.RetractAsync(id, column);

        var html = await SiteDesk.ExpectPageAsync(await http.GetAsync(url), 410);

        Assert.Contains("<h1>已撤稿</h1>", html);
        Assert.Contains("撤稿时间", html);
        Assert.DoesNotContain("将被撤下的稿件", html);
        Assert.DoesNotContain("og:title", html);
    }
}

public sealed class SitePagesTestsOnSqlite(SqliteMediaApp app) : SitePagesTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SitePagesTestsOnPostgreSql(PostgresMediaApp app) : SitePagesTests(app), IClassFixture<PostgresMediaApp>;
