using System.Diagnostics;
using Media.Abstractions.Security;
using Media.MediaLibrary.Tests.Support;
using Media.Testing;

namespace Media.MediaLibrary.Tests.Integration;

/// <summary>Bytes and pixels are refused before they cost memory: over real sockets, against the default limits.</summary>
public abstract class MediaUploadLimitTests(MediaAppFactory app)
{
    private const long Limit = 20L * 1024 * 1024;
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Upload_Returns413_BeforeAChunked60MBBodyIsSent()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var body = new GeneratedStream(60L * 1024 * 1024);

        var (status, response) = await RawUpload.PostAsync(reporter, body, declareLength: null);

        Assert.True(status == 413, $"{status} after {body.BytesRead} bytes: {response}");
        Assert.Contains("payload-too-large", response);
        Assert.True(body.BytesRead < Limit + (8L * 1024 * 1024), $"The client had to send {body.BytesRead} bytes of 60 MB before the 413.");
        Assert.Empty(Directory.GetFiles(Path.Combine(app.AppData, "tmp")));
    }

    [Fact]
    public async Task Upload_Returns413WithoutReadingTheBody_WhenContentLengthDeclares60MB()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var body = new GeneratedStream(60L * 1024 * 1024);

        var (status, response) = await RawUpload.PostAsync(reporter, body, declareLength: 60L * 1024 * 1024);

        Assert.True(status == 413, $"{status} after {body.BytesRead} bytes: {response}");
        Assert.True(body.BytesRead < Limit / 2, $"The client had to send {body.BytesRead} bytes before the 413.");
    }

    [Fact]
    public async Task Upload_Returns422_WhenPngDeclares60000x60000_WithoutMemoryJump()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var bomb = CraftedPng.Declaring(60_000, 60_000);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.PrivateMemorySize64;

        var problem = await MediaClient.ExpectAsync(await MediaUploads.PostAsync(reporter, bomb, "bomb.png", "image/png"), 422);

        process.Refresh();
        var grown = process.PrivateMemorySize64 - before;
        Assert.True(bomb.Length < 1024, $"the bomb is {bomb.Length} bytes");
        Assert.Contains("60000x60000", problem.GetProperty("errors").GetProperty("file")[0].GetString()); // refused from the header
        Assert.True(grown < 200L * 1024 * 1024, $"The process grew by {grown / (1024 * 1024)} MB while refusing the bomb.");
    }
}

public sealed class MediaUploadLimitTestsOnSqlite(KestrelSqliteMediaApp app) : MediaUploadLimitTests(app), IClassFixture<KestrelSqliteMediaApp>;

public sealed class MediaUploadLimitTestsOnPostgreSql(KestrelPostgresMediaApp app) : MediaUploadLimitTests(app), IClassFixture<KestrelPostgresMediaApp>;
