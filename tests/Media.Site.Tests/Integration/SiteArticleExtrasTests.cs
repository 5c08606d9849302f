using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Media.Testing;

namespace Media.Site.Tests.Integration;

/// <summary>What an article page offers beyond its text (docs/http-api.md §4.14): related pieces, responsive pictures
/// from the media library, and the share card WeChat's in-app browser and others read.</summary>
public abstract class SiteArticleExtrasTests(MediaAppFactory app)
{
    private readonly SiteDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task Related_ListsFiveNewestOfTheColumnSharingATag_WithoutItselfOthersOrRetracted()
    {
        var (column, _) = await desk.ColumnAsync("农业农村");
        var (other, _) = await desk.ColumnAsync("教育");
        var kin = new List<(Guid Id, string Title)>();
        for (var i = 1; i <= 6; i++)
        {
            var title = $"春耕相关稿件{i} {Suffix()}";
            kin.Add((await desk.PublishedAsync(column, title, tags: i % 2 == 0 ? ["春耕"] : ["农业", "水利"]), title));
        }
        var untagged = await desk.PublishedAsync(column, "同栏目不同标签 " + Suffix(), tags: ["教育"]);
        var elsewhere = await desk.PublishedAsync(other, "别的栏目同标签 " + Suffix(), tags: ["春耕"]);
        var id = await desk.PublishedAsync(column, "本篇 " + Suffix(), tags: ["春耕", "农业"]);
        var url = await desk.UrlOfAsync(id);

        var before = Related(await SiteDesk.ExpectPageAsync(await http.GetAsync(url), 200));
        await desk.RetractAsync(kin[5].Id, column);
        var after = Related(await SiteDesk.ExpectPageAsync(await http.GetAsync(url), 200));

        Assert.Equal(await UrlsAsync(kin.AsEnumerable().Reverse().Take(5)), before);
        Assert.Equal(await UrlsAsync(kin.Take(5).Reverse()), after);
        foreach (var excluded in new[] { id, untagged, elsewhere }) Assert.DoesNotContain(await desk.UrlOfAsync(excluded), after);
    }

    /// <summary>A piece whose correction is under way stays live at its published version, so it keeps its place among
    /// the related pieces (they are read in two parts: published ones along their index, those under correction apart).</summary>
    [Fact]
    public async Task Related_KeepsAPieceUnderCorrectionInItsPlace_NewestFirst()
    {
        var (column, _) = await desk.ColumnAsync("乡村振兴");
        var older = await desk.PublishedAsync(column, "较早 " + Suffix(), tags: ["振兴"]);
        var correcting = await desk.PublishedAsync(column, "更正中 " + Suffix(), tags: ["振兴"]);
        var newer = await desk.PublishedAsync(column, "较新 " + Suffix(), tags: ["振兴"]);
        var id = await desk.PublishedAsync(column, "本篇 " + Suffix(), tags: ["振兴"]);
        var opened = await (await desk.ReporterAsync()).PostJsonAsync($"/api/articles/{correcting}/corrections", new { note = "日期有误" }, 201);
        Assert.Equal("correcting", opened.GetProperty("status").GetString());

        var related = Related(await SiteDesk.ExpectPageAsync(await http.GetAsync(await desk.UrlOfAsync(id)), 200));

        Assert.Equal(await UrlsAsync([(newer, ""), (correcting, ""), (older, "")]), related);
    }

    [Fact]
    public async Task Pictures_OfferWebpAndWidthsWithIntrinsicSize_AndBodyImagesLoadLazily()
    {
        var (column, _) = await desk.ColumnAsync("城建");
        var reporter = await desk.ReporterAsync();
        var cover = await SitePhotos.UploadAsync(reporter);
        var inBody = await SitePhotos.UploadAsync(reporter);
        var body = $"新桥今日通车。\n\n![新桥夜景]({inBody.Url})\n\n![外链图片](https://example.com/a.jpg)";
        var id = await desk.PublishedAsync(column, "城东新桥通车 " + Suffix(), body, coverMediaId: cover.Id);

        var document = Parse(await SiteDesk.ExpectPageAsync(await http.GetAsync(await desk.UrlOfAsync(id)), 200));

        var lead = document.QuerySelector("figure.cover picture")!;
        AssertPicture(lead, cover.Url);
        Assert.False(lead.QuerySelector("img")!.HasAttribute("loading")); // above the fold: loaded at once
        var pictured = document.QuerySelector(".body picture")!;
        AssertPicture(pictured, inBody.Url);
        Assert.Equal("lazy", pictured.QuerySelector("img")!.GetAttribute("loading"));
        Assert.Equal("新桥夜景", pictured.QuerySelector("img")!.GetAttribute("alt"));
        var foreign = document.QuerySelector(".body img[src='https://example.com/a.jpg']")!;
        Assert.Equal("lazy", foreign.GetAttribute("loading"));
        foreach (var candidate in Candidates(lead.QuerySelector("source")!.GetAttribute("srcset")!))
        {
            var served = await http.GetAsync(candidate);
            Assert.Equal("image/webp", served.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task ShareCard_HasOpenGraphCanonicalAndTheItempropTrio_WithAbsoluteCoverAndAddress()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var cover = await SitePhotos.UploadAsync(await desk.ReporterAsync());
        var title = "我县举办农民丰收节 " + Suffix();
        var id = await desk.PublishedAsync(column, title, summary: "丰收节上，各乡镇农产品集中展销。", coverMediaId: cover.Id);
        var canonical = "http://localhost:5080" + await desk.UrlOfAsync(id);

        var document = Parse(await SiteDesk.ExpectPageAsync(await http.GetAsync($"/articles/{id}"), 200));

        var image = "http://localhost:5080" + cover.Url;
        Assert.Equal(canonical, document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(canonical, Meta(document, "meta[property='og:url']"));
        Assert.Equal(title, Meta(document, "meta[property='og:title']"));
        Assert.Equal("丰收节上，各乡镇农产品集中展销。", Meta(document, "meta[property='og:description']"));
        Assert.Equal(image, Meta(document, "meta[property='og:image']"));
        Assert.Equal(title, Meta(document, "meta[itemprop=name]"));
        Assert.Equal("丰收节上，各乡镇农产品集中展销。", Meta(document, "meta[itemprop=description]"));
        Assert.Equal(image, Meta(document, "meta[itemprop=image]"));
        Assert.True(document.DocumentElement.HasAttribute("itemscope"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(image)).StatusCode);
    }

    /// <summary>A picture built from the library: WebP source and JPEG img at both widths, the img's size that of the
    /// 1,080-pixel article variant of a 1200×800 photo.</summary>
    private static void AssertPicture(IElement picture, string articleJpeg)
    {
        var source = picture.QuerySelector("source[type='image/webp']")!;
        var img = picture.QuerySelector("img")!;
        var folder = articleJpeg[..(articleJpeg.LastIndexOf('/') + 1)];
        Assert.Equal($"{folder}thumb.webp 320w, {folder}article.webp 1080w", source.GetAttribute("srcset"));
        Assert.Equal($"{folder}thumb.jpg 320w, {folder}article.jpg 1080w", img.GetAttribute("srcset"));
        Assert.Equal(articleJpeg, img.GetAttribute("src"));
        Assert.Equal(("1080", "720"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("sizes")));
    }

    private async Task<List<string>> UrlsAsync(IEnumerable<(Guid Id, string Title)> articles)
    {
        var urls = new List<string>();
        foreach (var (articleId, _) in articles) urls.Add(await desk.UrlOfAsync(articleId));
        return urls;
    }

    private static List<string> Related(string html) =>
        Parse(html).QuerySelectorAll("nav.related li a").Select(a => a.GetAttribute("href")!).ToList();

    private static IEnumerable<string> Candidates(string srcset) => srcset.Split(", ").Select(c => c.Split(' ')[0]);

    private static string? Meta(IDocument document, string selector) => document.QuerySelector(selector)?.GetAttribute("content");

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];
}

public sealed class SiteArticleExtrasTestsOnSqlite(SqliteMediaApp app) : SiteArticleExtrasTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SiteArticleExtrasTestsOnPostgreSql(PostgresMediaApp app) : SiteArticleExtrasTests(app), IClassFixture<PostgresMediaApp>;
