using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

public sealed class ArticleEditorBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>
{
    private const string Body = "## 植树现场\n\n县四套班子领导与干部群众一起参加义务植树，共栽下 **1200** 株苗木。\n\n- 银杏\n- 香樟";

    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Editor_CreatesArticleWithLivePreview_ThenListShowsIt()
    {
        var root = app.RootUri;
        var userName = await ReporterAsync();
        var column = "乡村振兴 " + Guid.NewGuid().ToString("N")[..4];
        await newsroom.ColumnAsync(column);
        var title = "我县春季植树造林活动全面启动 " + Guid.NewGuid().ToString("N")[..4];
        var page = await AdminPages.OpenAsync(chromium.Browser, root, 1280, 900);

        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        await page.ClickAsync("text=新建稿件");
        await page.WaitForURLAsync("**/admin/articles/new");
        await AdminPages.FillArticleAsync(page, column, title, Body);

        await Expect(page.Locator("#preview h2")).ToHaveTextAsync("植树现场");
        await Expect(page.Locator("#preview strong")).ToHaveTextAsync("1200");
        await Expect(page.Locator("#preview h1")).ToHaveTextAsync(title);
        await Expect(page.Locator("#preview li")).ToHaveCountAsync(2);
        await ScreenshotAsync(page, "editor-desktop.png");

        await page.ClickAsync("button[type='submit']");
        await page.WaitForURLAsync(new Regex("/admin/articles/[0-9a-f-]{36}\\?saved=1$"));
        await Expect(page.Locator("p.notice")).ToContainTextAsync("已保存为第 1 版");
        await page.GotoAsync("/admin/articles");
        var row = page.Locator("table.articles tr", new PageLocatorOptions { HasText = title });
        await Expect(row).ToContainTextAsync(column);
        await Expect(row.Locator("span.status")).ToHaveTextAsync("草稿");
        await Expect(row).ToContainTextAsync("v1");
    }

    [Fact]
    public async Task Editor_StacksPreviewUnderBody_OnPhone()
    {
        var root = app.RootUri;
        var userName = await ReporterAsync();
        var column = "民生 " + Guid.NewGuid().ToString("N")[..4];
        await newsroom.ColumnAsync(column);
        var page = await AdminPages.OpenAsync(chromium.Browser, root, 390, 844, phone: true);

        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        await page.GotoAsync("/admin/articles/new");
        await AdminPages.FillArticleAsync(page, column, "城区新增3处便民停车场", Body);
        await Expect(page.Locator("#preview h2")).ToHaveTextAsync("植树现场");
        await ScreenshotAsync(page, "editor-phone.png");

        var body = await page.Locator("textarea[name='Form.Body']").BoundingBoxAsync();
        var preview = await page.Locator("#preview").BoundingBoxAsync();
        Assert.True(preview!.Y >= body!.Y + body.Height, $"The preview ({preview.Y}) should come below the body ({body.Y}+{body.Height}).");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");
    }

    [Fact]
    public async Task Editor_UploadsPhotoIntoBodyAndSavesItAsCover_OnPhone()
    {
        var userName = await ReporterAsync();
        var column = "图片 " + Guid.NewGuid().ToString("N")[..4];
        await newsroom.ColumnAsync(column);
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, 390, 844, phone: true);
        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        await page.GotoAsync("/admin/articles/new");
        await AdminPages.FillArticleAsync(page, column, "植树现场图片报道", Body);

        await page.SetInputFilesAsync("#photo-input", new FilePayload { Name = "说明.txt", MimeType = "text/plain", Buffer = "不是图片"u8.ToArray() });
        await Expect(page.Locator("#photo-list .photo .error")).ToContainTextAsync("不支持的文件格式");
        await page.SetInputFilesAsync("#photo-input", new FilePayload { Name = "植树现场.jpg", MimeType = "image/jpeg", Buffer = Photo() });
        var photo = page.Locator("#photo-list .photo").First;
        await Expect(photo.Locator(".photo-status")).ToHaveTextAsync("已上传");
        await Expect(photo.Locator("progress")).ToHaveJSPropertyAsync("value", 100);
        await Expect(page.Locator("textarea[name='Form.Body']")).ToHaveValueAsync(new Regex(@"!\[\]\(/media/[0-9a-f]{64}/article\.jpg\)"));
        await Expect(page.Locator("#preview img")).ToHaveAttributeAsync("src", new Regex(@"^/media/[0-9a-f]{64}/article\.jpg$"));
        await photo.Locator("button.set-cover").ClickAsync();
        var thumb = await photo.Locator("img").GetAttributeAsync("src");
        await Expect(page.Locator("#cover-thumb")).ToHaveAttributeAsync("src", thumb!);
        await ScreenshotAsync(page, "editor-photo-phone.png");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");

        await page.ClickAsync("button[type='submit']");
        await page.WaitForURLAsync(new Regex("/admin/articles/[0-9a-f-]{36}\\?saved=1$"));
        await page.GotoAsync(new Uri(page.Url).AbsolutePath + "/edit");
        await Expect(page.Locator("#cover-thumb")).ToHaveAttributeAsync("src", thumb!);
        await Expect(page.Locator("#cover-thumb")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task PhotoPanel_KeepsAltAndCaptionPerArticle_AndCaptionPassesSubmit()
    {
        var userName = await ReporterAsync();
        var column = "图注 " + Guid.NewGuid().ToString("N")[..4];
        await newsroom.ColumnAsync(column);
        var bytes = TestPhotos.Unique();
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, 1366, 900);
        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        var bodyBox = page.Locator("textarea[name='Form.Body']");

        // First article: the caption typed in the panel goes under the image as a plain line, no `*`.
        await page.GotoAsync("/admin/articles/new");
        await AdminPages.FillArticleAsync(page, column, "城北生态林基地植树 " + Guid.NewGuid().ToString("N")[..4], Body);
        var first = await UploadAsync(page, bytes, "已上传");
        await Expect(first.Locator("label:has-text('替代文字') input")).ToHaveValueAsync("");
        await Expect(first.Locator("label:has-text('图注') input")).ToHaveValueAsync("");
        await TypeAsync(first, "替代文字", "志愿者在城北栽种银杏");
        await TypeAsync(first, "图注", "图为城北生态林基地，志愿者正在栽种银杏。");
        await Expect(bodyBox).ToHaveValueAsync(new Regex(
            @"\n\n!\[志愿者在城北栽种银杏\]\((/media/[0-9a-f]{64}/article\.jpg)\)\n图为城北生态林基地，志愿者正在栽种银杏。\n\n"));
        var url = Regex.Match(await bodyBox.InputValueAsync(), @"/media/[0-9a-f]{64}/article\.jpg").Value;
        Assert.DoesNotContain("*图为", await bodyBox.InputValueAsync(), StringComparison.Ordinal);
        await Expect(page.Locator("#preview")).ToContainTextAsync("图为城北生态林基地，志愿者正在栽种银杏。");
        await page.ClickAsync("button[type='submit']");
        await page.WaitForURLAsync(new Regex("/admin/articles/[0-9a-f-]{36}\\?saved=1$"));
        var firstId = Regex.Match(page.Url, "[0-9a-f-]{36}").Value;

        // The same bytes again in this article: the panel reads this article's own alt and caption from its body.
        await page.GotoAsync($"/admin/articles/{firstId}/edit");
        var again = await UploadAsync(page, bytes, "已上传（正文中已有此图）");
        await Expect(again.Locator("label:has-text('替代文字') input")).ToHaveValueAsync("志愿者在城北栽种银杏");
        await Expect(again.Locator("label:has-text('图注') input")).ToHaveValueAsync("图为城北生态林基地，志愿者正在栽种银杏。");
        Assert.Single(Regex.Matches(await bodyBox.InputValueAsync(), Regex.Escape(url)));

        // 送审 is not refused by the placeholder rule.
        await page.GotoAsync($"/admin/articles/{firstId}");
        await page.ClickAsync(".head-actions a:has-text('送审')");
        await page.WaitForURLAsync("**/admin/review/submit/**");
        await page.ClickAsync("form[action*='handler=Submit'] button[type='submit']");
        await Expect(page.Locator("p.notice")).ToContainTextAsync("已送审");

        // Second article, same bytes (one shared library asset): alt text and caption start empty.
        await page.GotoAsync("/admin/articles/new");
        await AdminPages.FillArticleAsync(page, column, "另一篇植树报道 " + Guid.NewGuid().ToString("N")[..4], Body);
        var second = await UploadAsync(page, bytes, "已上传");
        await Expect(second.Locator("label:has-text('替代文字') input")).ToHaveValueAsync("");
        await Expect(second.Locator("label:has-text('图注') input")).ToHaveValueAsync("");
        await Expect(bodyBox).ToHaveValueAsync(new Regex(@"\n\n!\[\]\(" + Regex.Escape(url) + @"\)\n\n$"));
        await TypeAsync(second, "图注", "另一篇稿件的图注。");
        await Expect(bodyBox).ToHaveValueAsync(new Regex(@"!\[\]\(" + Regex.Escape(url) + @"\)\n另一篇稿件的图注。\n\n$"));
        await ScreenshotAsync(page, "editor-photo-caption-desktop.png");
        await page.ClickAsync("button[type='submit']");
        await page.WaitForURLAsync(new Regex("/admin/articles/[0-9a-f-]{36}\\?saved=1$"));

        // Editing the second article never changed the first one's text.
        await page.GotoAsync($"/admin/articles/{firstId}/edit");
        await Expect(bodyBox).ToHaveValueAsync(new Regex(
            @"!\[志愿者在城北栽种银杏\]\(" + Regex.Escape(url) + @"\)\n图为城北生态林基地，志愿者正在栽种银杏。"));
    }

    private static async Task<ILocator> UploadAsync(IPage page, byte[] bytes, string status)
    {
        await page.SetInputFilesAsync("#photo-input", new FilePayload { Name = "植树.jpg", MimeType = "image/jpeg", Buffer = bytes });
        var photo = page.Locator("#photo-list .photo").First;
        await Expect(photo.Locator(".photo-status")).ToHaveTextAsync(status, new() { Timeout = 90_000 });
        return photo;
    }

    private static async Task TypeAsync(ILocator photo, string label, string text)
    {
        var input = photo.Locator($"label:has-text('{label}') input");
        await input.FillAsync(text);
        await input.PressAsync("Tab");
        await Expect(photo.Locator(".photo-status")).ToHaveTextAsync("已写入正文，保存稿件后生效");
    }

    private static byte[] Photo()
    {
        using var image = new Image<Rgb24>(480, 320, new Rgb24(40, 120, 60));
        for (var x = 0; x < 480; x += 3) image[x, Random.Shared.Next(320)] = new Rgb24(250, (byte)Random.Shared.Next(256), 30);
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }

    private async Task<string> ReporterAsync()
    {
        var userName = "b" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "浏览器记者", password = Newsroom.Password, roles = new[] { MediaRoles.Reporter } }, 201);
        return userName;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ChromiumFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotFolder, name), FullPage = true });
    }
}
