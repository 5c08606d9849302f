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
            "2025年3月12日 09:30", "2025-03-12T01:30:00Z", null, "<p>正文<strong>加粗</strong></p>", ["标签<x>"],
            [new CorrectionNote("原文<script>alert(2)</script>日期有误", "2025年3月13日 10:00", "2025-03-13T02:00:00Z")]);
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
        Assert.Contains("<p class=\"correction-note\">原文&lt;script&gt;alert(2)&lt;/script&gt;日期有误</p>", html);
    }

    [Fact]
    public async Task Render_ShowsNoCorrectionsBlock_ForAnArticleNeverCorrected()
    {
        var page = new ArticlePage("标题", null, null, "来源", "要闻", "/columns/news", "2025年3月12日 09:30", "2025-03-12T01:30:00Z",
            null, "<p>正文</p>", [], []);
        var meta = new PageMeta("标题", "描述", "http://localhost:5080/articles/1", null, "article");

        var html = await templates.RenderAsync("article", Chrome, meta, page);

        Assert.DoesNotContain("更正说明", html);
        Assert.Contains("<a href=\"/corrections\">更正</a>", html); // the footer links the list on every page
    }

    [Fact]
    public async Task Render_CorrectionsList_EncodesTitleAndNote()
    {
        var page = new CorrectionsPage("更正", [new CorrectionEntry("标题<i>", "/articles/1", "说明\"<b>", "2025年3月13日 10:00", "2025-03-13T02:00:00Z")],
            new Pager(1, 2, null, "/corrections?page=2"));
        var meta = new PageMeta("更正", "更正说明", "http://localhost:5080/corrections", null, "website");

        var html = await templates.RenderAsync("corrections", Chrome, meta, page);

        Assert.Contains("<h2><a href=\"/articles/1\">标题&lt;i&gt;</a></h2>", html);
        Assert.Contains("<p class=\"correction-note\">说明&quot;&lt;b&gt;</p>", html);
        Assert.Contains("<time datetime=\"2025-03-13T02:00:00Z\">2025年3月13日 10:00</time>", html);
        Assert.Contains("<a rel=\"next\" href=\"/corrections?page=2\">下一页</a>", html);
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
