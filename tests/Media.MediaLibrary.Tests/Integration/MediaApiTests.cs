using System.Net.Http.Headers;
using System.Security.Cryptography;
using Media.Abstractions.Security;
using Media.MediaLibrary.Tests.Support;
using Media.Testing;
using SixLabors.ImageSharp;

namespace Media.MediaLibrary.Tests.Integration;

public abstract class MediaApiTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Theory]
    [InlineData("jpeg", "image/jpeg", "photo.jpg")]
    [InlineData("png", "image/png", "chart.png")]
    [InlineData("gif", "image/gif", "banner.gif")]
    [InlineData("webp", "image/webp", "scene.webp")]
    public async Task Upload_Returns201WithServedVariants_ForEachAcceptedFormat(string format, string contentType, string fileName)
    {
        var (reporter, reporterId) = await newsroom.UserAsync(MediaRoles.Reporter);
        var bytes = MediaUploads.Fresh(format);

        var response = await MediaUploads.PostAsync(reporter, bytes, fileName, "application/octet-stream", alt: "县城夜景", caption: "摄影：记者");
        var item = await MediaClient.ExpectAsync(response, 201);

        var id = item.GetProperty("id").GetGuid();
        Assert.EndsWith($"/api/media/{id}", response.Headers.Location?.ToString());
        Assert.Equal(fileName, item.GetProperty("fileName").GetString());
        Assert.Equal(contentType, item.GetProperty("contentType").GetString());
        Assert.Equal((640, 480), (item.GetProperty("width").GetInt32(), item.GetProperty("height").GetInt32()));
        Assert.Equal(bytes.Length, item.GetProperty("bytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), item.GetProperty("sha256").GetString());
        Assert.Equal("县城夜景", item.GetProperty("alt").GetString());
        Assert.Equal(reporterId, item.GetProperty("uploadedBy").GetGuid());
        Assert.Equal(["article", "square", "thumb", "wechat-cover"], item.GetProperty("variants").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(item.GetProperty("variants").GetProperty("article").GetString(), item.GetProperty("url").GetString());

        using var thumb = Image.Load(await reporter.Http.GetByteArrayAsync(item.GetProperty("variants").GetProperty("thumb").GetString()));
        Assert.Equal((320, 240), (thumb.Width, thumb.Height));
        using var square = Image.Load(await reporter.Http.GetByteArrayAsync(item.GetProperty("webp").GetProperty("square").GetString()));
        Assert.Equal((600, 600), (square.Width, square.Height));
    }

    [Fact]
    public async Task Upload_Returns415_WhenTextFileIsNamedJpg()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);

        var problem = await MediaClient.ExpectAsync(
            await MediaUploads.PostAsync(reporter, "这不是图片，只是一段文字。<script>alert(1)</script>"u8.ToArray(), "photo.jpg"), 415);

        Assert.Equal("https://media.invalid/problems/unsupported-media-type", problem.GetProperty("type").GetString());
        Assert.Contains("JPEG, PNG, GIF and WebP", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Upload_Returns415_WhenBodyIsNotMultipart()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var body = new ByteArrayContent(MediaUploads.Fresh("jpeg"));
        body.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");

        var problem = await MediaClient.ExpectAsync(await reporter.Http.PostAsync("/api/media", body), 415);

        Assert.Contains("multipart/form-data", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Upload_Returns422NamingFile_WhenJpegIsTruncated()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var whole = MediaUploads.Fresh("jpeg");

        var problem = await MediaClient.ExpectAsync(await MediaUploads.PostAsync(reporter, whole[..(whole.Length * 6 / 10)], "half.jpg"), 422);

        Assert.Contains("truncated", problem.GetProperty("errors").GetProperty("file")[0].GetString());
    }

    [Fact]
    public async Task Upload_Returns401_WhenAnonymous()
    {
        var response = await MediaUploads.PostAsync(app.Anonymous(), MediaUploads.Fresh("png"), "a.png");

        Assert.Equal(401, (int)response.StatusCode);
    }

    [Fact]
    public async Task Upload_Returns403_WhenAuditor()
    {
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);

        var response = await MediaUploads.PostAsync(auditor, MediaUploads.Fresh("png"), "a.png");

        Assert.Equal(403, (int)response.StatusCode);
    }

    [Fact]
    public async Task Upload_Returns200WithExistingItem_WhenSameBytesUploadedAgain()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        var bytes = MediaUploads.Fresh("jpeg");
        var first = await MediaClient.ExpectAsync(await MediaUploads.PostAsync(reporter, bytes, "first.jpg", alt: "原说明"), 201);

        var again = await MediaClient.ExpectAsync(await MediaUploads.PostAsync(editor, bytes, "second.jpg", alt: "新说明"), 200);

        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal("first.jpg", again.GetProperty("fileName").GetString());
        Assert.Equal("原说明", again.GetProperty("alt").GetString());
        Assert.Equal(first.GetProperty("url").GetString(), again.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Upload_Returns400NamingField_WhenFileMissingOrAltTooLong()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        using var noFile = new MultipartFormDataContent { { new StringContent("说明"), "alt" } };

        var missing = await MediaClient.ExpectAsync(await reporter.Http.PostAsync("/api/media", noFile), 400);
        var tooLong = await MediaClient.ExpectAsync(
            await MediaUploads.PostAsync(reporter, MediaUploads.Fresh("png"), "a.png", "image/png", alt: new string('长', 501)), 400);

        Assert.True(missing.GetProperty("errors").TryGetProperty("file", out _), missing.ToString());
        Assert.Contains("500", tooLong.GetProperty("errors").GetProperty("alt")[0].GetString());
    }

    [Fact]
    public async Task Get_ReturnsItem_And404_WhenUnknown()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var created = await MediaUploads.UploadAsync(reporter, MediaUploads.Fresh("webp"), "x.webp");
        var id = created.GetProperty("id").GetGuid();

        var found = await reporter.GetJsonAsync($"/api/media/{id}");
        var missing = await reporter.GetJsonAsync($"/api/media/{Guid.NewGuid()}", 404);

        Assert.Equal(created.GetProperty("sha256").GetString(), found.GetProperty("sha256").GetString());
        Assert.Equal(404, missing.GetProperty("status").GetInt32());
    }
}

public sealed class MediaApiTestsOnSqlite(KestrelSqliteMediaApp app) : MediaApiTests(app), IClassFixture<KestrelSqliteMediaApp>;

public sealed class MediaApiTestsOnPostgreSql(KestrelPostgresMediaApp app) : MediaApiTests(app), IClassFixture<KestrelPostgresMediaApp>;
