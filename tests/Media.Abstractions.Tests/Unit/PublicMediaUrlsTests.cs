using Media.Abstractions.Content;

namespace Media.Abstractions.Tests.Unit;

public sealed class PublicMediaUrlsTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("https://media-cdn.example.cn", "https://media-cdn.example.cn/", "https://media-cdn.example.cn")]
    [InlineData("https://media-cdn.example.cn/", "https://media-cdn.example.cn/", "https://media-cdn.example.cn")]
    [InlineData(" http://127.0.0.1:54600/county-media ", "http://127.0.0.1:54600/county-media/", "http://127.0.0.1:54600")]
    [InlineData("https://county-media.oss-cn-hangzhou.aliyuncs.com/", "https://county-media.oss-cn-hangzhou.aliyuncs.com/",
        "https://county-media.oss-cn-hangzhou.aliyuncs.com")]
    public void TryNormalize_EndsTheBaseWithASlash_AndNamesItsOrigin(string configured, string expected, string origin)
    {
        Assert.True(PublicMediaUrls.TryNormalize(configured, out var normalized, out var found));
        Assert.Equal((expected, origin), (normalized, found));
    }

    [Theory]
    [InlineData("media-cdn.example.cn")]
    [InlineData("/media/")]
    [InlineData("ftp://media-cdn.example.cn/")]
    [InlineData("https://media-cdn.example.cn/?sign=1")]
    [InlineData("https://media-cdn.example.cn/#top")]
    [InlineData("https://user:secret@media-cdn.example.cn/")]
    public void Constructor_Refuses_WhenTheBaseIsNotAPlainAbsoluteHttpUrl(string configured)
    {
        Assert.False(PublicMediaUrls.TryNormalize(configured, out _, out _));
        var refused = Assert.Throws<ArgumentException>(() => new PublicMediaUrls(configured));
        Assert.Contains(PublicMediaUrls.ConfigurationKey, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Public_PutsServedVariantsUnderTheBase_AndLeavesEverythingElse()
    {
        var urls = new PublicMediaUrls("https://media-cdn.example.cn/county");

        Assert.Equal($"https://media-cdn.example.cn/county/variants/{Sha}/article.jpg", urls.Public($"/media/{Sha}/article.jpg"));
        Assert.Equal($"https://media-cdn.example.cn/county/variants/{Sha}/square-500x500.webp", urls.Public($"/media/{Sha}/square-500x500.webp"));
        foreach (var other in new[] { "https://example.com/a.jpg", $"/media/{Sha}/article.png", "/media/abc/article.jpg", $"/media/{Sha}/../x.jpg", "/articles/1" })
            Assert.Equal(other, urls.Public(other));
    }

    [Fact]
    public void SiteServed_ChangesNothing_AndAllowsOnlyOwnImages()
    {
        var body = $"<p><img src=\"/media/{Sha}/article.jpg\" alt=\"a\"></p>";

        Assert.Equal($"/media/{Sha}/article.jpg", PublicMediaUrls.SiteServed.Public($"/media/{Sha}/article.jpg"));
        Assert.Equal(body, PublicMediaUrls.SiteServed.RewriteHtml(body));
        Assert.Equal((null, null), (PublicMediaUrls.SiteServed.BaseUrl, PublicMediaUrls.SiteServed.Origin));
        Assert.Equal("'self' data:", PublicMediaUrls.SiteServed.ImageSources);
        Assert.Same(PublicMediaUrls.SiteServed.ImageSources, new PublicMediaUrls("  ").ImageSources);
    }

    [Fact]
    public void RewriteHtml_ChangesOnlyTheSourcesOfServedVariants()
    {
        var urls = new PublicMediaUrls("https://media-cdn.example.cn/");
        var body = $"<p><img src=\"/media/{Sha}/article.jpg\" alt=\"/media/{Sha}/thumb.jpg\"><img src=\"https://example.com/a.jpg\">" +
            $"<a href=\"/media/{Sha}/thumb.jpg\">原图</a></p>";

        var rewritten = urls.RewriteHtml(body);

        Assert.Equal($"<p><img src=\"https://media-cdn.example.cn/variants/{Sha}/article.jpg\" alt=\"/media/{Sha}/thumb.jpg\">" +
            $"<img src=\"https://example.com/a.jpg\"><a href=\"/media/{Sha}/thumb.jpg\">原图</a></p>", rewritten);
        Assert.Equal("'self' https://media-cdn.example.cn data:", urls.ImageSources);
    }
}
