using System.Net;
using System.Net.Http.Headers;
using Amazon.S3.Model;
using Media.Abstractions.Security;
using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Storage;
using Media.MediaLibrary.Tests.Support;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;

namespace Media.MediaLibrary.Tests.Integration;

/// <summary>Media in an S3-compatible bucket (docs/operations.md §8), with two nodes of one site: what one node
/// stores, the other serves, from the bucket.</summary>
public abstract class S3StorageTests(MediaNodes nodes)
{
    [Fact]
    public async Task Upload_OnOneNode_IsServedByTheOther_FromTheBucket()
    {
        var (reporter, _) = await new Newsroom(nodes.First).UserAsync(MediaRoles.Reporter);
        var bytes = MediaUploads.Fresh("jpeg");

        var item = await MediaUploads.UploadAsync(reporter, bytes, "两台服务器.jpg");

        var sha = item.GetProperty("sha256").GetString()!;
        var urls = MediaUploads.ServedUrls(item);
        Assert.Equal(9, urls.Count);
        var reader = nodes.Second.Anonymous();
        foreach (var url in urls)
        {
            using var response = await reader.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            var served = await response.Content.ReadAsByteArrayAsync();
            Assert.True(Image.Identify(served).Width > 0, $"{url} is not an image");
            Assert.Equal(served.LongLength, response.Content.Headers.ContentLength);
        }

        // The bytes are in the bucket: the original under its key, and every variant.
        using var s3 = S3Server.Client();
        var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = nodes.Bucket });
        var keys = listed.S3Objects.Select(o => o.Key).ToHashSet();
        var original = MediaKeys.Original(sha, MediaFormat.Jpeg);
        Assert.Contains(original, keys);
        foreach (var url in urls) Assert.Contains("variants/" + url["/media/".Length..], keys);
        // The other node reads the original too (originals have no URL: through its storage).
        await using var stored = await nodes.Second.Services.GetRequiredService<IMediaStorage>().OpenReadAsync(original, CancellationToken.None);
        Assert.NotNull(stored);
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task ServedFile_Returns304_WhenETagMatches_OnTheOtherNode()
    {
        var (reporter, _) = await new Newsroom(nodes.First).UserAsync(MediaRoles.Reporter);
        var url = (await MediaUploads.UploadAsync(reporter, MediaUploads.Fresh("png"), "标志.png")).GetProperty("url").GetString()!;
        var first = await nodes.First.Anonymous().Http.GetAsync(url);
        var etag = first.Headers.ETag ?? throw new Xunit.Sdk.XunitException("No ETag on a media file.");

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(etag);
        using var notModified = await nodes.Second.Anonymous().Http.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task MissingObject_Returns404NotAnError()
    {
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()));

        using var response = await nodes.Second.Anonymous().Http.GetAsync($"/media/{sha}/thumb.jpg");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Storage_PutReadExistsDelete_AgainstTheBucket()
    {
        var storage = nodes.First.Services.GetRequiredService<IMediaStorage>();
        Assert.IsType<S3MediaStorage>(storage);
        var key = $"variants/{new string('a', 64)}/probe-{Guid.NewGuid():N}.jpg";
        var body = "not really a jpeg"u8.ToArray();

        await storage.PutAsync(key, new MemoryStream(body), "image/jpeg", CancellationToken.None);

        Assert.True(await storage.ExistsAsync(key, CancellationToken.None));
        await using (var read = await storage.OpenReadAsync(key, CancellationToken.None))
        {
            Assert.NotNull(read);
            Assert.Equal(body.Length, read.Length);
        }
        Assert.True(await storage.DeleteAsync(key, CancellationToken.None));
        Assert.False(await storage.DeleteAsync(key, CancellationToken.None));
        Assert.False(await storage.ExistsAsync(key, CancellationToken.None));
        Assert.Null(await storage.OpenReadAsync(key, CancellationToken.None));
    }
}

public sealed class S3StorageTestsOnSqlite(SqliteMediaNodes nodes) : S3StorageTests(nodes), IClassFixture<SqliteMediaNodes>;

public sealed class S3StorageTestsOnPostgreSql(PostgresMediaNodes nodes) : S3StorageTests(nodes), IClassFixture<PostgresMediaNodes>;
