using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Media.Testing;

namespace Media.Site.Tests.Integration;

/// <summary>Text responses are compressed with Brotli or gzip when asked (docs/http-api.md §4.11): every page type,
/// the feeds, the sitemap and the stylesheet decompress to exactly what an uncompressed request gets, and HEAD works
/// on each with compression asked for.</summary>
public abstract class SiteCompressionTests(MediaAppFactory app)
{
    private readonly SiteDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task EveryPageType_IsCompressedWithBrotliAndGzip_AndDecompressesToTheSamePage()
    {
        var (column, slug) = await desk.ColumnAsync("要闻");
        var id = await desk.PublishedAsync(column, "压缩后也一样的稿件 " + Guid.NewGuid().ToString("N")[..6]);
        var home = await SiteDesk.ExpectPageAsync(await http.GetAsync("/"), 200);
        var stylesheet = System.Text.RegularExpressions.Regex.Match(home, "<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\">").Groups["href"].Value;
        string[] paths = ["/", $"/columns/{slug}", await desk.UrlOfAsync(id), "/corrections", "/feed.xml", $"/{slug}/feed.xml", "/sitemap.xml", stylesheet];

        foreach (var path in paths)
        {
            var plain = await SendAsync(HttpMethod.Get, path, null);
            var identity = await plain.Content.ReadAsByteArrayAsync();
            Assert.Empty(plain.Content.Headers.ContentEncoding);
            foreach (var encoding in new[] { "br", "gzip" })
            {
                var compressed = await SendAsync(HttpMethod.Get, path, encoding);
                var body = await compressed.Content.ReadAsByteArrayAsync();
                Assert.True(compressed.StatusCode == HttpStatusCode.OK, $"{path} ({encoding}): HTTP {(int)compressed.StatusCode}");
                Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
                Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
                Assert.True(body.Length < identity.Length, $"{path} ({encoding}) is {body.Length} bytes compressed, {identity.Length} plain.");
                Assert.Equal(identity, Decompress(body, encoding));
                Assert.Equal(plain.Content.Headers.ContentType, compressed.Content.Headers.ContentType);

                var head = await SendAsync(HttpMethod.Head, path, encoding);
                Assert.True(head.StatusCode == HttpStatusCode.OK, $"HEAD {path} ({encoding}): HTTP {(int)head.StatusCode}");
                Assert.Equal(plain.Content.Headers.ContentType, head.Content.Headers.ContentType);
            }
        }
    }

    [Fact]
    public async Task Responses_AreNotCompressed_WhenNotAsked()
    {
        var response = await SendAsync(HttpMethod.Get, "/feed.xml", "identity");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.StartsWith("<?xml", await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? encoding)
    {
        using var request = new HttpRequestMessage(method, path);
        if (encoding is not null) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return await http.SendAsync(request);
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}

public sealed class SiteCompressionTestsOnSqlite(SqliteMediaApp app) : SiteCompressionTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SiteCompressionTestsOnPostgreSql(PostgresMediaApp app) : SiteCompressionTests(app), IClassFixture<PostgresMediaApp>;
