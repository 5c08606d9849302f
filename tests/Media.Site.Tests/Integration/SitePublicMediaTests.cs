using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Media.Site.Tests.Integration;

/// <summary>
/// With <c>Media:MediaLibrary:S3:PublicBaseUrl</c> (docs/operations.md §8.1) public pages and the read API link the
/// library's images under that base — here the test S3 server's bucket, fetched anonymously as a browser would — and
/// the pages' policies allow its origin. Bodies keep the stored <c>/media/…</c> form, which Media still serves.
/// </summary>
public abstract class SitePublicMediaTests(PublicMediaApp app)
{
    private readonly SiteDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task ArticlePage_LinksEveryLibraryImageUnderThePublicBase_WhichServesTheBytesMediaServes()
    {
        var (id, cover, inBody) = await PublishedWithPhotosAsync();

        using var response = await http.GetAsync(await desk.UrlOfAsync(id));
        var document = new HtmlParser().ParseDocument(await SiteDesk.ExpectPageAsync(response, 200));

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains($"img-src 'self' {app.PublicOrigin} data:;", policy);
        Assert.Equal(Public(cover), document.QuerySelector("figure.cover picture img")!.GetAttribute("src"));
        Assert.Equal(Public(inBody), document.QuerySelector(".body picture img")!.GetAttribute("src"));
        Assert.Equal(Public(cover), document.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        var linked = Linked(document);
        Assert.Equal(8, linked.Count); // two pictures: thumb and article, JPEG and WebP, each
        foreach (var url in linked)
        {
            Assert.StartsWith(app.PublicBase + "/variants/", url, StringComparison.Ordinal);
            await AssertSameBytesAsync(url);
        }
    }

    [Fact]
    public async Task ReadApi_GivesCoverAndBodyImagesUnderThePublicBase()
    {
        var (id, cover, inBody) = await PublishedWithPhotosAsync();

        using var response = await http.GetAsync($"/api/public/articles/{id}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var body = json.RootElement.GetProperty("bodyHtml").GetString()!;
        Assert.Contains($"src=\"{Public(inBody)}\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/media/", body, StringComparison.Ordinal);
        var covers = json.RootElement.GetProperty("cover").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.Equal(Public(cover), covers["article"]);
        Assert.All(covers.Values, url => Assert.StartsWith(app.PublicBase + "/variants/", url, StringComparison.Ordinal));
        await AssertSameBytesAsync(covers["article"]);
        await AssertSameBytesAsync(Public(inBody));
    }

    [Theory]
    [InlineData("/admin/signin")]
    [InlineData("/")]
    public async Task Pages_AllowImagesFromThePublicOrigin(string url)
    {
        using var response = await http.GetAsync(url);

        Assert.Contains($"img-src 'self' {app.PublicOrigin} data:;", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    private async Task<(Guid Id, string CoverUrl, string BodyUrl)> PublishedWithPhotosAsync()
    {
        var (column, _) = await desk.ColumnAsync("城建");
        var reporter = await desk.ReporterAsync();
        var cover = await SitePhotos.UploadAsync(reporter);
        var inBody = await SitePhotos.UploadAsync(reporter);
        var body = $"新桥今日通车。\n\n![新桥夜景]({inBody.Url})";
        var id = await desk.PublishedAsync(column, "城东新桥通车 " + Guid.NewGuid().ToString("N")[..6], body, coverMediaId: cover.Id);
        Assert.StartsWith("/media/", inBody.Url, StringComparison.Ordinal); // what the editor inserts, and what is stored
        return (id, cover.Url, inBody.Url);
    }

    /// <summary><c>/media/&lt;sha&gt;/&lt;file&gt;</c> as the public base gives it: the variant's key in the bucket.</summary>
    private string Public(string siteUrl) => $"{app.PublicBase}/variants/{siteUrl["/media/".Length..]}";

    /// <summary>The bucket's object, fetched without credentials, is the file Media serves at the site-relative URL.</summary>
    private async Task AssertSameBytesAsync(string publicUrl)
    {
        using var anyone = new HttpClient();
        using var response = await anyone.GetAsync(publicUrl);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        var fromBucket = await response.Content.ReadAsByteArrayAsync();
        var siteUrl = "/media/" + publicUrl[(app.PublicBase + "/variants/").Length..];
        var fromMedia = await http.GetByteArrayAsync(siteUrl);
        Assert.True(fromMedia.Length > 0, siteUrl);
        Assert.Equal(fromMedia, fromBucket);
    }

    /// <summary>Every image address of the page's pictures: <c>src</c> and each <c>srcset</c> candidate.</summary>
    private static HashSet<string> Linked(IDocument document) =>
        document.QuerySelectorAll("picture img, picture source")
            .SelectMany(e => (e.GetAttribute("srcset") ?? "").Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split(' ')[0])
                .Append(e.GetAttribute("src") ?? ""))
            .Where(u => u.Length > 0).ToHashSet(StringComparer.Ordinal);
}

public sealed class SitePublicMediaTestsOnSqlite(SqlitePublicMediaApp app) : SitePublicMediaTests(app), IClassFixture<SqlitePublicMediaApp>;

public sealed class SitePublicMediaTestsOnPostgreSql(PostgresPublicMediaApp app) : SitePublicMediaTests(app), IClassFixture<PostgresPublicMediaApp>;
