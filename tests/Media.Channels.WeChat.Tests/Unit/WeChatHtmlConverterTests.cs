using Media.Channels.WeChat.Html;

namespace Media.Channels.WeChat.Tests.Unit;

public sealed class WeChatHtmlConverterTests
{
    private static readonly Dictionary<string, string> NoUploads = [];
    private readonly WeChatHtmlConverter _converter = new();

    [Fact]
    public void Convert_RemovesActiveContent_WhenHtmlHasScriptsStylesFramesAndForms()
    {
        var html = "<p onclick=\"x()\">正文</p><script>alert(1)</script><style>p{color:red}</style>" +
            "<iframe src=\"https://evil.example/\"></iframe><form><input name=\"q\"></form><!-- note -->";

        var content = _converter.Convert(html, NoUploads).Content;

        Assert.Equal($"<p style=\"{WeChatInlineStyles.ByTag["p"]}\">正文</p>", content);
    }

    [Fact]
    public void Convert_ReplacesClassesWithFixedInlineStyles_ForEveryElement()
    {
        var html = "<h2 class=\"lead\" id=\"x\" style=\"color:red\">标题</h2><blockquote><p>引用</p></blockquote>" +
            "<ul><li><em>一</em></li></ul><pre><code class=\"language-cs\">var a = 1;</code></pre><p><code>b</code></p>";

        var content = _converter.Convert(html, NoUploads).Content;

        Assert.DoesNotContain("class=", content, StringComparison.Ordinal);
        Assert.DoesNotContain(" id=", content, StringComparison.Ordinal);
        Assert.DoesNotContain("color:red", content, StringComparison.Ordinal);
        Assert.Contains($"<h2 style=\"{WeChatInlineStyles.ByTag["h2"]}\">标题</h2>", content, StringComparison.Ordinal);
        Assert.Contains($"<blockquote style=\"{WeChatInlineStyles.ByTag["blockquote"]}\">", content, StringComparison.Ordinal);
        Assert.Contains($"<em style=\"{WeChatInlineStyles.ByTag["em"]}\">一</em>", content, StringComparison.Ordinal);
        Assert.Contains($"<code style=\"{WeChatInlineStyles.CodeInPre}\">var a = 1;</code>", content, StringComparison.Ordinal);
        Assert.Contains($"<code style=\"{WeChatInlineStyles.ByTag["code"]}\">b</code>", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_ReportsExternalImagesAndLeavesThemOut_WhenNotUploadedYet()
    {
        var html = "<figure><img src=\"https://county.example.cn/a.jpg\" alt=\"甲\"><figcaption>甲</figcaption></figure>" +
            "<p><img src=\"http://mmbiz.qpic.cn/mmbiz_png/abc/0?wx_fmt=png\"></p><p><img src=\"https://county.example.cn/a.jpg\"></p>";

        var result = _converter.Convert(html, NoUploads);

        Assert.Equal(["https://county.example.cn/a.jpg"], result.ImagesToUpload);
        Assert.False(result.IsComplete);
        Assert.DoesNotContain("county.example.cn", result.Content, StringComparison.Ordinal);
        Assert.Contains("src=\"http://mmbiz.qpic.cn/mmbiz_png/abc/0?wx_fmt=png\"", result.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_UsesUploadedUrls_WhenMapHasEveryImage()
    {
        var html = "<figure><img src=\"/media/a.jpg\" alt=\"甲\" class=\"wide\" width=\"900\"></figure>";
        var uploaded = new Dictionary<string, string> { ["/media/a.jpg"] = "http://mmbiz.qpic.cn/mmbiz_jpg/xyz/0" };

        var result = _converter.Convert(html, uploaded);

        Assert.True(result.IsComplete);
        Assert.Equal(
            $"<figure style=\"{WeChatInlineStyles.ByTag["figure"]}\"><img src=\"http://mmbiz.qpic.cn/mmbiz_jpg/xyz/0\" alt=\"甲\" style=\"{WeChatInlineStyles.ByTag["img"]}\"></figure>",
            result.Content);
    }

    [Fact]
    public void Convert_TurnsExternalLinksIntoTextWithNotes_WhenLinkIsNotAWeChatArticle()
    {
        var html = "<p><a href=\"https://www.gov.cn/a\">通知</a>和<a href=\"https://www.gov.cn/a\">原文</a>，" +
            "<a href=\"https://www.gov.cn/b\">https://www.gov.cn/b</a>，<a href=\"https://mp.weixin.qq.com/s/abc\">往期</a>，" +
            "<a href=\"mailto:a@b.cn\">来信</a></p>";

        var result = _converter.Convert(html, NoUploads);

        Assert.Equal(["https://www.gov.cn/a"], result.ExternalLinks);
        Assert.Equal(1, result.Content.Split("<a ").Length - 1);
        Assert.Contains($"<a href=\"https://mp.weixin.qq.com/s/abc\" style=\"{WeChatInlineStyles.ByTag["a"]}\">往期</a>", result.Content, StringComparison.Ordinal);
        Assert.Contains($"通知<span style=\"{WeChatInlineStyles.FootnoteMarker}\">[1]</span>和原文<span", result.Content, StringComparison.Ordinal);
        Assert.Contains("https://www.gov.cn/b，", result.Content, StringComparison.Ordinal);
        Assert.Contains("来信", result.Content, StringComparison.Ordinal);
        Assert.EndsWith("[1] https://www.gov.cn/a</p></section>", result.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_KeepsTableStructureAndAlignment_WhenTableComesFromMarkdown()
    {
        var html = "<table><thead><tr><th align=\"center\">乡镇</th></tr></thead><tbody><tr><td align=\"right\" colspan=\"2\">12</td></tr></tbody></table>";

        var content = _converter.Convert(html, NoUploads).Content;

        Assert.Contains($"<th style=\"{WeChatInlineStyles.ByTag["th"]}text-align:center;\">乡镇</th>", content, StringComparison.Ordinal);
        Assert.Contains($"<td colspan=\"2\" style=\"{WeChatInlineStyles.ByTag["td"]}text-align:right;\">12</td>", content, StringComparison.Ordinal);
        Assert.DoesNotContain("align=", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_RewritesTagsOutsideWeChatsSet_AsSectionsAndSpans()
    {
        var html = "<div class=\"box\"><p><del>旧</del><mark>新</mark><sup>1</sup><abbr title=\"x\">县</abbr></p></div>";

        var content = _converter.Convert(html, NoUploads).Content;

        Assert.Equal(
            $"<section><p style=\"{WeChatInlineStyles.ByTag["p"]}\"><span style=\"{WeChatInlineStyles.AsSpan["del"]}\">旧</span>" +
            $"<span style=\"{WeChatInlineStyles.AsSpan["mark"]}\">新</span><span style=\"{WeChatInlineStyles.AsSpan["sup"]}\">1</span>县</p></section>",
            content);
    }
}
