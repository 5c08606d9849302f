using System.Threading.RateLimiting;

namespace Media.Abstractions.Hosting;

/// <summary>
/// At most <c>permits</c> runs of one kind of heavy work (decoding an image, verifying the audit chain) at a time,
/// with up to <c>queue</c> more waiting their turn; past that a request is refused at once with <c>503</c> and
/// <c>Retry-After</c> rather than piling up threads and memory (docs/http-api.md §9). Each kind is one subclass,
/// registered as a singleton, so every request of the process shares its permits.
/// </summary>
public abstract class WorkLimiter : IDisposable
{
    private readonly ConcurrencyLimiter limiter;

    protected WorkLimiter(int permits, int queue, TimeSpan retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(queue);
        limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        RetryAfter = retryAfter;
    }

    /// <summary>What the refusal says to wait.</summary>
    public TimeSpan RetryAfter { get; }

    public int RetryAfterSeconds => (int)Math.Ceiling(RetryAfter.TotalSeconds);

    /// <summary>The refusal's message, in Chinese and English.</summary>
    public string BusyMessage =>
        $"服务器繁忙（{Work}），请 {RetryAfterSeconds} 秒后再试。The server is busy ({Work}); try again in {RetryAfterSeconds} seconds.";

    /// <summary>The kind of work, for the refusal's message: "图片解码 image decoding".</summary>
    public abstract string Work { get; }

    /// <summary>A permit, after waiting in the queue if there is room in it; not acquired when the queue is full.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken) => limiter.AcquireAsync(1, cancellationToken);

    /// <summary>A permit now, or a lease that is not acquired.</summary>
    public RateLimitLease TryAcquire() => limiter.AttemptAcquire(1);

    public void Dispose()
    {
        limiter.Dispose();
        GC.SuppressFinalize(this);
    }
}
