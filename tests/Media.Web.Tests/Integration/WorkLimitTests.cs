using System.Net;
using System.Net.Http.Headers;
using System.Threading.RateLimiting;
using Media.Abstractions.Hosting;
using Media.AuditTrail.Reading;
using Media.MediaLibrary;
using Media.MediaLibrary.Imaging;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Media.Web.Tests.Integration;

/// <summary>docs/http-api.md §9: image decoding (uploads) and audit verification run a bounded number at a time; a
/// request that finds every permit taken and the queue full is refused with 503, Retry-After and a problem of type
/// …/busy, and one that finds room in the queue waits for its turn. The permits are taken by the test itself, through
/// the same limiter the endpoints use, so the saturation is exact rather than a race of slow requests.</summary>
public abstract class WorkLimitTests(MediaAppFactory app)
{
    [Fact]
    public async Task Verify_Returns503WithRetryAfter_WhenEveryPermitAndQueuePlaceIsTaken_AndRunsOnceOneIsFree()
    {
        var admin = await app.AdminAsync();
        var limiter = app.Services.GetRequiredService<AuditVerifyLimiter>();
        var queue = app.Services.GetRequiredService<IOptions<AuditTrail.AuditTrailOptions>>().Value.VerifyQueueLength;

        using (await SaturateAsync(limiter, queue))
        {
            var refused = await admin.GetAsync("/api/audit/verify");

            await AssertBusyAsync(refused, "审计链校验", 10);
        }
        var verified = await admin.GetAsync("/api/audit/verify");

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
    }

    [Fact]
    public async Task Verify_WaitsInTheQueue_WhileThePermitsAreTaken()
    {
        var admin = await app.AdminAsync();
        var limiter = app.Services.GetRequiredService<AuditVerifyLimiter>();
        var held = HoldAllPermits(limiter);

        var waiting = admin.GetAsync("/api/audit/verify");
        await Task.Delay(300);
        var doneWhileHeld = waiting.IsCompleted;
        foreach (var lease in held) lease.Dispose();
        var verified = await waiting;

        Assert.False(doneWhileHeld);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
    }

    [Fact]
    public async Task Upload_Returns503WithRetryAfter_WhenEveryDecodingPermitAndQueuePlaceIsTaken_AndDecodesOnceOneIsFree()
    {
        var (reporter, _) = await new Newsroom(app).UserAsync(Abstractions.Security.MediaRoles.Reporter);
        var limiter = app.Services.GetRequiredService<ImageDecodingLimiter>();
        var queue = app.Services.GetRequiredService<IOptions<MediaLibraryOptions>>().Value.DecodeQueueLength;

        using (await SaturateAsync(limiter, queue))
        {
            var refused = await reporter.Http.PostAsync("/api/media", Png());

            await AssertBusyAsync(refused, "图片解码", 5);
        }
        var uploaded = await reporter.Http.PostAsync("/api/media", Png());

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
    }

    private static async Task AssertBusyAsync(HttpResponseMessage response, string work, int retryAfter)
    {
        var problem = await MediaClient.ExpectAsync(response, 503);
        Assert.EndsWith("/busy", problem.GetProperty("type").GetString());
        Assert.Contains(work, problem.GetProperty("detail").GetString());
        Assert.Equal(TimeSpan.FromSeconds(retryAfter), response.Headers.RetryAfter?.Delta);
    }

    private static List<RateLimitLease> HoldAllPermits(WorkLimiter limiter)
    {
        var held = new List<RateLimitLease>();
        for (var lease = limiter.TryAcquire(); lease.IsAcquired; lease = limiter.TryAcquire()) held.Add(lease);
        Assert.NotEmpty(held);
        return held;
    }

    /// <summary>Every permit held and every queue place taken by a waiter; disposing gives them all back.</summary>
    private static async Task<IDisposable> SaturateAsync(WorkLimiter limiter, int queue)
    {
        var held = HoldAllPermits(limiter);
        var cancel = new CancellationTokenSource();
        var waiters = Enumerable.Range(0, queue).Select(_ => limiter.AcquireAsync(cancel.Token).AsTask()).ToList();
        await Task.Delay(50);
        Assert.All(waiters, w => Assert.False(w.IsCompleted));
        return new Saturation(held, waiters, cancel);
    }

    private static MultipartFormDataContent Png()
    {
        using var image = new Image<Rgba32>(64, 48, new Rgba32((byte)Random.Shared.Next(256), (byte)Random.Shared.Next(256), 40));
        using var bytes = new MemoryStream();
        image.SaveAsPng(bytes);
        var file = new ByteArrayContent(bytes.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "file", "limit.png" } };
    }

    private sealed class Saturation(List<RateLimitLease> held, List<Task<RateLimitLease>> waiters, CancellationTokenSource cancel) : IDisposable
    {
        public void Dispose()
        {
            cancel.Cancel();
            foreach (var waiter in waiters.Where(w => w.IsCompletedSuccessfully)) waiter.Result.Dispose();
            foreach (var lease in held) lease.Dispose();
            cancel.Dispose();
        }
    }
}

public sealed class WorkLimitTestsOnSqlite(SqliteMediaApp app) : WorkLimitTests(app), IClassFixture<SqliteMediaApp>;

public sealed class WorkLimitTestsOnPostgreSql(PostgresMediaApp app) : WorkLimitTests(app), IClassFixture<PostgresMediaApp>;
