using System.Collections.Concurrent;
using Media.Abstractions.Content;
using Media.Abstractions.Distribution;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>
/// Stands in for the outbox's Delivery row: the progress saved so far (in memory, durable for the test's lifetime),
/// and a <see cref="DeliveryContext"/> per attempt built from it, as the outbox builds one per job run.
/// <see cref="CrashAfterSaving"/> makes a save succeed and then throw, as a process killed right after committing would.
/// </summary>
public sealed class DeliveryRecord(WeChatAccount account, PublishedArticle? article)
{
    public const string PublicBaseUrl = "https://news.example.gov.cn";

    private readonly ConcurrentDictionary<string, string> _progress = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _saved = new();
    private int _attempt;

    public Guid DeliveryId { get; } = Guid.NewGuid();

    public Guid ChannelId { get; } = Guid.NewGuid();

    /// <summary>Keys in the order they were saved.</summary>
    public IReadOnlyList<string> SavedKeys => _saved.ToList();

    public IReadOnlyDictionary<string, string> Progress => new Dictionary<string, string>(_progress);

    public string? CrashAfterSaving { get; set; }

    public static IReadOnlyDictionary<string, string> Settings(WeChatAccount account) => new Dictionary<string, string>
    {
        ["appId"] = account.AppId,
        ["appSecret"] = account.AppSecret,
        ["apiBaseUrl"] = account.ApiBaseUrl,
        ["callbackToken"] = account.CallbackToken ?? "",
        ["encodingAesKey"] = account.EncodingAesKey ?? "",
    };

    public DeliveryContext NextAttempt() => new(DeliveryId, article?.Id ?? Guid.NewGuid(), ChannelId, "县融媒体公众号",
        Interlocked.Increment(ref _attempt), article, article?.Version ?? 1, Settings(account), Progress, SaveAsync,
        PublicBaseUrl, DateTimeOffset.UnixEpoch);

    public void Seed(string key, string value) => _progress[key] = value;

    private Task SaveAsync(string key, string value, CancellationToken cancellationToken)
    {
        _progress[key] = value;
        _saved.Enqueue(key);
        if (key == CrashAfterSaving)
        {
            CrashAfterSaving = null;
            throw new SimulatedCrashException(key);
        }

        return Task.CompletedTask;
    }
}
