using System.Net;
using System.Net.Http.Json;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Articles.Tests.Integration;

public abstract class ArticleAdminPagesTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Theory]
    [InlineData("/admin/articles")]
    [InlineData("/admin/articles/new")]
    public async Task AdminPages_RedirectToSignIn_WhenAnonymous(string url)
    {
        using var anonymous = AdminSession.CookieClient(app);

        var response = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.ToString() ?? "";
        Assert.Contains("/admin/signin?ReturnUrl=" + Uri.EscapeDataString(url), location);
    }

    [Fact]
    public async Task NewArticleForm_SavesVersion1AndListsIt_WhenSignedInThroughForm()
    {
        var column = await newsroom.ColumnAsync("民生");
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var title = "城区新增便民停车场 " + Guid.NewGuid().ToString("N")[..6];
        var (_, token) = await reporter.OpenFormAsync("/admin/articles/new");

        var response = await reporter.PostFormAsync("/admin/articles/new", token,
            ArticleForms.Fields(column, title, "## 新增车位\n\n共 **420** 个。", tags: "停车, 民生、城建"));
        var id = await ArticleForms.SavedArticleAsync(response, expectedVersion: 1);

        var view = await reporter.PageAsync($"/admin/articles/{id}?saved=1");
        Assert.Contains($"src=\"/admin/articles/{id}/preview/web?version=1\"", view);
        var web = await reporter.PageAsync($"/admin/articles/{id}/preview/web?version=1");
        Assert.Contains("<h2>新增车位</h2>", web);
        Assert.Contains("<strong>420</strong>", web);
        Assert.Contains("停车、民生、城建", view);
        // The content hash is in 技术信息, shortened, the whole value in its title (docs/admin-ui.md §13).
        Assert.Matches("<details class=\"tech\"><summary>技术信息</summary>[\\s\\S]*<code class=\"hash\" title=\"[0-9a-f]{64}\">[0-9a-f]{12}…</code>", view);
        Assert.DoesNotMatch(">[0-9a-f]{64}<", view);
        var list = await reporter.PageAsync("/admin/articles?q=" + Uri.EscapeDataString(title));
        Assert.Contains(title, list);
        Assert.Contains("民生", list);
    }

    [Fact]
    public async Task List_FindsPieceByTwoCharacterWordInBodyOnly_AndShowsEscapedSnippet()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var title = "城区公园改造完工 " + Guid.NewGuid().ToString("N")[..6];
        await ArticleForms.CreateAsync(reporter, column, title, "公园新栽<b>桂花</b>三百株，秋天开放。");
        await ArticleForms.CreateAsync(reporter, column, "另一篇 " + Guid.NewGuid().ToString("N")[..6], "县里今天召开会议。");

        var list = await reporter.PageAsync("/admin/articles?q=" + Uri.EscapeDataString("桂花"));

        Assert.Contains("搜索标题或正文", list);
        Assert.Contains("共 1 篇", list);
        Assert.Contains(title, list);
        Assert.Contains("正文：公园新栽&lt;b&gt;<mark>桂花</mark>&lt;/b&gt;三百株，秋天开放。", list);
        var byTitle = await reporter.PageAsync("/admin/articles?q=" + Uri.EscapeDataString("公园改造"));
        Assert.Contains(title, byTitle);
        Assert.DoesNotContain("search-snippet", byTitle); // a title match needs no snippet
    }

    [Theory]
    [InlineData("涨幅50%", "涨幅50个百分点")]
    [InlineData("编号A_B", "编号AXB")]
    public async Task List_TreatsPercentAndUnderscoreAsLiteral(string wanted, string lookalike)
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var title = "字面匹配 " + Guid.NewGuid().ToString("N")[..6];
        await ArticleForms.CreateAsync(reporter, column, title, $"今年{wanted}以上。");
        await ArticleForms.CreateAsync(reporter, column, "相似 " + Guid.NewGuid().ToString("N")[..6], $"今年{lookalike}以上。");

        var list = await reporter.PageAsync("/admin/articles?q=" + Uri.EscapeDataString(wanted));

        Assert.Contains("共 1 篇", list);
        Assert.Contains(title, list);
        Assert.Contains("共 0 篇", await reporter.PageAsync("/admin/articles?q=" + Uri.EscapeDataString(wanted.Replace("%", "_").Replace("A_B", "A%B"))));
    }

    [Fact]
    public async Task List_DoesNotFindAnotherReportersPieceByBody_ButEditorDoes()
    {
        var column = await newsroom.ColumnAsync();
        var (author, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var (other, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var (editor, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Editor);
        var word = "荷塘" + Guid.NewGuid().ToString("N")[..6];
        var title = "夏日见闻 " + Guid.NewGuid().ToString("N")[..6];
        await ArticleForms.CreateAsync(author, column, title, $"村口{word}开满荷花。");
        var url = "/admin/articles?q=" + Uri.EscapeDataString(word);

        Assert.Contains("共 0 篇", await other.PageAsync(url));
        Assert.Contains(title, await author.PageAsync(url));
        Assert.Contains(title, await editor.PageAsync(url));
    }

    [Fact]
    public async Task NewArticleForm_Returns400AndSavesNothing_WithoutAntiforgeryToken()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var title = "无令牌 " + Guid.NewGuid().ToString("N")[..6];

        var response = await reporter.PostFormAsync("/admin/articles/new", token: null, ArticleForms.Fields(column, title));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("共 0 篇", await reporter.PageAsync("/admin/articles?q=" + Uri.EscapeDataString(title)));
    }

    [Fact]
    public async Task NewArticleForm_ShowsErrorBesideTitle_WhenTitleMissing()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var (_, token) = await reporter.OpenFormAsync("/admin/articles/new");

        var response = await reporter.PostFormAsync("/admin/articles/new", token, ArticleForms.Fields(column, title: "  ", body: "正文保留"));
        var html = await AdminSession.ReadPageAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Form.Title\"[^>]*>[^<]*&#x27;title&#x27; is required", html);
        Assert.Contains("正文保留</textarea>", html);
    }

    [Fact]
    public async Task EditForm_ShowsStaleMessageAndWritesNoVersion_WhenSomeoneSavedMeanwhile()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, userName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var id = await ArticleForms.CreateAsync(reporter, column, "原标题");
        var (_, token) = await reporter.OpenFormAsync($"/admin/articles/{id}/edit");
        var api = await app.SignInAsync(userName, Newsroom.Password);
        await MediaClient.ExpectAsync(await api.PutAsync($"/api/articles/{id}", new { columnId = column, title = "别处改的", body = "b" }, "\"1\""), 200);

        var response = await reporter.PostFormAsync($"/admin/articles/{id}/edit", token,
            [("ExpectedVersion", "1"), .. ArticleForms.Fields(column, "我的改动")]);
        var html = await AdminSession.ReadPageAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("这篇稿件已被他人修改", html);
        Assert.Contains($"href=\"/admin/articles/{id}/edit\"", html);
        Assert.Contains("value=\"我的改动\"", html);
        var versions = await api.GetJsonAsync($"/api/articles/{id}/versions");
        Assert.Equal(2, versions.GetArrayLength());
        Assert.Equal("别处改的", (await api.GetJsonAsync($"/api/articles/{id}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task EditForm_SavesVersion2AndViewShowsDiff_WhenVersionIsCurrent()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var id = await ArticleForms.CreateAsync(reporter, column, "春耕", "今天下雨。");
        var (_, token) = await reporter.OpenFormAsync($"/admin/articles/{id}/edit");

        var response = await reporter.PostFormAsync($"/admin/articles/{id}/edit", token,
            [("ExpectedVersion", "1"), .. ArticleForms.Fields(column, "春耕", "今天<b>晴</b>。")]);
        await ArticleForms.SavedArticleAsync(response, expectedVersion: 2);

        var view = await reporter.PageAsync($"/admin/articles/{id}");
        Assert.Contains("v1 → v2", view);
        Assert.Contains("<del>下雨</del>", view);
        Assert.Contains("<ins>&lt;b&gt;晴&lt;/b&gt;</ins>", view);
    }

    [Fact]
    public async Task EditForm_OfASignedOffPiece_LeadsToReopening_AndOfAPublishedOne_ToACorrection()
    {
        var (signed, leader) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync(), "签发后想改 " + Guid.NewGuid().ToString("N")[..6]);
        var id = signed.GetProperty("id").GetGuid();
        var (editor, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Editor);

        var approved = await editor.PageAsync($"/admin/articles/{id}/edit");
        Assert.Contains("只有草稿或正在更正的稿件可以编辑", approved);
        Assert.Contains($"href=\"/admin/review/submit/{id}?fix=edit#reopen\"", approved);
        Assert.Contains("重新打开修改", approved);

        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = Array.Empty<Guid>() }, 202);
        for (var tries = 0; (await leader.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString() != "published"; tries++)
        {
            Assert.True(tries < 150, "the piece was not published within 30 s");
            await Task.Delay(200);
        }
        var published = await editor.PageAsync($"/admin/articles/{id}/edit");
        Assert.Contains($"href=\"/admin/articles/{id}/correct\"", published);
        Assert.Contains("去更正", published);
    }

    [Fact]
    public async Task ArticlePages_Return404_ForAnotherReportersArticle()
    {
        var column = await newsroom.ColumnAsync();
        var (author, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var (other, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var title = "别人的稿子 " + Guid.NewGuid().ToString("N")[..6];
        var id = await ArticleForms.CreateAsync(author, column, title);
        var (_, token) = await other.OpenFormAsync("/admin/articles/new");

        var view = await other.Http.GetAsync($"/admin/articles/{id}");
        var edit = await other.Http.GetAsync($"/admin/articles/{id}/edit");
        var save = await other.PostFormAsync($"/admin/articles/{id}/edit", token, [("ExpectedVersion", "1"), .. ArticleForms.Fields(column, "抢改")]);

        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
        Assert.DoesNotContain(title, await other.PageAsync("/admin/articles"));
        Assert.Contains(title, await author.PageAsync("/admin/articles"));
    }

    [Fact]
    public async Task PreviewAndView_EncodeScript_WhenBodyAndTitleCarryMarkup()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        const string title = "<img src=x onerror=alert(1)>";
        const string body = "<script>alert(1)</script>\n\n[点我](javascript:alert(2))";
        var (_, token) = await reporter.OpenFormAsync("/admin/articles/new");

        var preview = await PreviewAsync(reporter, token, new { title, body });
        var id = await ArticleForms.CreateAsync(reporter, column, title, body);
        var view = await reporter.PageAsync($"/admin/articles/{id}");
        var framed = await reporter.PageAsync($"/admin/articles/{id}/preview/web");

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", view);
        Assert.DoesNotContain("<img src=x", view);
        foreach (var html in new[] { preview, framed })
        {
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("javascript:alert", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        }
    }

    [Fact]
    public async Task ArticlePage_FramesEachChannelsPreview_SandboxedAndForItsReadersOnly()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, userName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var (other, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var api = await app.SignInAsync(userName, Newsroom.Password);
        var id = await ArticleForms.CreateAsync(reporter, column, "农贸市场改造完工", "## 新摊位\n\n共 **86** 个。");

        var view = await reporter.PageAsync($"/admin/articles/{id}");
        foreach (var channel in new[] { "web", "app", "wechat" })
        {
            Assert.Contains($"<iframe title=\"", view);
            Assert.Contains($"src=\"/admin/articles/{id}/preview/{channel}?version=1\"", view);
            using var frame = await reporter.Http.GetAsync($"/admin/articles/{id}/preview/{channel}?version=1");
            var html = await AdminSession.ReadPageAsync(frame);
            Assert.Equal(HttpStatusCode.OK, frame.StatusCode);
            Assert.Equal("SAMEORIGIN", Assert.Single(frame.Headers.GetValues("X-Frame-Options")));
            var policy = Assert.Single(frame.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'self'", policy);
            Assert.Contains("sandbox", policy);
            Assert.DoesNotContain("script-src 'self'", policy);
            Assert.Equal("no-store", frame.Headers.CacheControl?.ToString());
            Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
            Assert.Contains("86", html);
            Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/admin/articles/{id}/preview/{channel}")).StatusCode);
        }
        // The web frame is the public theme's page; WeChat's holds exactly the API's preview, which is what draft/add gets.
        Assert.Contains("<article class=\"story\">", await reporter.PageAsync($"/admin/articles/{id}/preview/web"));
        var wechat = await (await api.GetAsync($"/api/articles/{id}/preview?channel=wechat")).Content.ReadAsStringAsync();
        Assert.Contains($"<div id=\"content\">{wechat}</div>", await (await reporter.Http.GetAsync($"/admin/articles/{id}/preview/wechat")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.Http.GetAsync($"/admin/articles/{id}/preview/fax")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.Http.GetAsync($"/admin/articles/{id}/preview/web?version=9")).StatusCode);
    }

    [Fact]
    public async Task Preview_Returns400_WithoutAntiforgeryHeader()
    {
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        await reporter.OpenFormAsync("/admin/articles/new"); // sets the antiforgery cookie, as a browser would have

        var response = await reporter.Http.PostAsJsonAsync("/admin/articles/preview", new { body = "# 标题" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string> PreviewAsync(AdminSession session, string token, object fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/articles/preview") { Content = JsonContent.Create(fields) };
        request.Headers.Add("RequestVerificationToken", token);
        var response = await session.Http.SendAsync(request);
        var json = await MediaClient.ExpectAsync(response, 200);
        return json.GetProperty("html").GetString()!;
    }
}

public sealed class ArticleAdminPagesTestsOnSqlite(SqliteMediaApp app) : ArticleAdminPagesTests(app), IClassFixture<SqliteMediaApp>;

public sealed class ArticleAdminPagesTestsOnPostgreSql(PostgresMediaApp app) : ArticleAdminPagesTests(app), IClassFixture<PostgresMediaApp>;
