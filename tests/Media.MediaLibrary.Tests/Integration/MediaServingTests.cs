using System.Net;
using System.Net.Http.Headers;
using Media.Abstractions.Security;
using Media.MediaLibrary.Tests.Support;
using Media.Testing;
using SixLabors.ImageSharp;

namespace Media.MediaLibrary.Tests.Integration;

public abstract class MediaServingTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task ServedVariants_CarryNoExif_WhenUploadCarriedGps()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var bytes = MediaUploads.JpegWithGps();
        Assert.NotNull(Image.Identify(bytes).Metadata.ExifProfile?.GetValue(SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.GPSLatitude));

        var item = await MediaUploads.UploadAsync(reporter, bytes, "现场.jpg");

        var urls = MediaUploads.ServedUrls(item);
        Assert.Equal(9, urls.Count);
        var reader = app.Anonymous();
        foreach (var url in urls)
        {
            var served = await reader.Http.GetByteArrayAsync(url);
            var metadata = Image.Identify(served).Metadata;
            Assert.Null(metadata.ExifProfile);
            Assert.Null(metadata.XmpProfile);
            Assert.False(served.AsSpan().IndexOf("Exif"u8) >= 0, $"{url} contains an Exif block");
            Assert.False(served.AsSpan().IndexOf("NewsroomCam"u8) >= 0, $"{url} contains the camera make");
        }
    }

    [Fact]
    public async Task ServedFile_IsPublicImmutableNosniffAndSandboxed()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var item = await MediaUploads.UploadAsync(reporter, MediaUploads.Fresh("png"), "logo.png");
        var url = item.GetProperty("webp").GetProperty("thumb").GetString()!;

        using var response = await app.Anonymous().Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("default-src 'none'; sandbox", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ServedFile_Returns304_WhenETagMatches()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var url = (await MediaUploads.UploadAsync(reporter, MediaUploads.Fresh("jpeg"), "a.jpg")).GetProperty("url").GetString()!;
        var reader = app.Anonymous();
        var etag = (await reader.Http.GetAsync(url)).Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var response = await reader.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Original_IsNotServed_UnderAnyUrl()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var sha = (await MediaUploads.UploadAsync(reporter, MediaUploads.JpegWithGps(), "gps.jpg")).GetProperty("sha256").GetString()!;
        var reader = app.Anonymous();

        string[] guesses =
        [
            $"/media/originals/{sha[..2]}/{sha}.jpg", $"/media/{sha[..2]}/{sha}.jpg", $"/media/{sha}/{sha}.jpg",
            $"/media/{sha}/original.jpg", $"/media/{sha}/..%2F..%2Foriginals%2F{sha[..2]}%2F{sha}.jpg",
        ];
        foreach (var url in guesses)
        {
            using var response = await reader.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Update_RecutsCropsAroundFocalPoint_AndRecordsAudit()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var created = await MediaUploads.UploadAsync(reporter, MediaUploads.Fresh("jpeg", 1200, 600), "wide.jpg");
        var id = created.GetProperty("id").GetGuid();

        var response = await reporter.PutAsync($"/api/media/{id}", new { alt = "会场", caption = "图：记者", focalPoint = new { x = 0.2, y = 0.8 } }, "\"1\"");
        var updated = await MediaClient.ExpectAsync(response, 200);

        var square = updated.GetProperty("variants").GetProperty("square").GetString()!;
        Assert.EndsWith("/square-200x800.jpg", square);
        Assert.NotEqual(created.GetProperty("variants").GetProperty("square").GetString(), square);
        Assert.Equal(created.GetProperty("variants").GetProperty("thumb").GetString(), updated.GetProperty("variants").GetProperty("thumb").GetString());
        Assert.Equal((0.2, 0.8), (updated.GetProperty("focalPoint").GetProperty("x").GetDouble(), updated.GetProperty("focalPoint").GetProperty("y").GetDouble()));
        Assert.Equal("\"2\"", response.Headers.ETag?.ToString());
        using var crop = Image.Load(await app.Anonymous().Http.GetByteArrayAsync(square));
        Assert.Equal((600, 600), (crop.Width, crop.Height));
        Assert.Equal(["media.uploaded", "media.changed"], await MediaAudit.ActionsAsync(app, id));
    }

    [Fact]
    public async Task Update_Returns400NamingField_WhenFocalPointOutOfRange_And412_WhenStale()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await MediaUploads.UploadAsync(reporter, MediaUploads.Fresh("gif"), "a.gif")).GetProperty("id").GetGuid();

        var invalid = await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/media/{id}", new { focalPoint = new { x = 1.5, y = 0.5 } }, null), 400);
        await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/media/{id}", new { alt = "一" }, "\"1\""), 200);
        var stale = await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/media/{id}", new { alt = "二" }, "\"1\""), 412);

        Assert.True(invalid.GetProperty("errors").TryGetProperty("focalPoint.x", out _), invalid.ToString());
        Assert.Contains("version 2", stale.GetProperty("detail").GetString());
    }
}

public sealed class MediaServingTestsOnSqlite(KestrelSqliteMediaApp app) : MediaServingTests(app), IClassFixture<KestrelSqliteMediaApp>;

public sealed class MediaServingTestsOnPostgreSql(KestrelPostgresMediaApp app) : MediaServingTests(app), IClassFixture<KestrelPostgresMediaApp>;
