using Media.Site.Rendering;
using Media.Site.Views;
using Media.Themes.County;

namespace Media.Site.Tests.Unit;

public sealed class SiteTemplatesTests
{
    private static readonly SiteChrome Chrome = new("县融媒体中心", "/", "/theme/county.css?v=1",
        [new ColumnLink("要闻 <i>", "/columns/news", true)], 2025);

    private readonly SiteTemplates templates = new(new CountyTheme());

    [Fact]
    public async Task Render_EncodesEveryValue_ButTheSanitizedBody()
    {
        var page = new ArticlePage("<script>alert(1)</script>标题", "副\"题", "作者<b>", "来源", "要闻", "/columns/news",
            "2025年3月12日 09:30", "2025-03-12T01:30:00Z", null, "<p>正文<strong>加粗</strong></p>", ["标签<x>"]);
        var meta = new PageMeta("<script>", "描述\"", "http://localhost:5080/articles/1", null, "article");

        var html = await templates.RenderAsync("article", Chrome, meta, page);

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;标题</h1>", html);
        Assert.Contains("<p>正文<strong>加粗</strong></p>", html);
        Assert.Contains("作者：作者&lt;b&gt;", html);
        Assert.Contains("<li>标签&lt;x&gt;</li>", html);
        Assert.Contains("content=\"描述&quot;\"", html);
        Assert.Contains(">要闻 &lt;i&gt;</a>", html);
        Assert.Contains("aria-current=\"page\"", html);
    }

    [Fact]
    public async Task Render_WrapsEveryPageInTheLayout()
    {
        var meta = new PageMeta("已撤稿", "该稿件已撤稿。", "http://localhost:5080/articles/1", null, "");

        var html = await templates.RenderAsync("gone", Chrome, meta, new GonePage("2025年3月12日 09:30", "2025-03-12T01:30:00Z"));

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/theme/county.css?v=1\">", html);
        Assert.Contains("<h1>已撤稿</h1>", html);
        Assert.Contains("2025年3月12日 09:30", html);
        Assert.Contains("noindex", html);
    }

    [Fact]
    public async Task Render_Throws_ForUnknownTemplate()
    {
        var meta = new PageMeta("x", "x", "http://localhost:5080/", null, "website");

        await Assert.ThrowsAsync<ArgumentException>(() => templates.RenderAsync("nope", Chrome, meta, new { }));
    }
}
