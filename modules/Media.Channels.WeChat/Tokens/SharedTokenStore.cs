using System.Globalization;
using Media.Abstractions.Hosting;
using Media.Channels.WeChat.Api;
using StackExchange.Redis;

namespace Media.Channels.WeChat.Tokens;

/// <summary>
/// The tokens of all nodes in Redis, when <c>Media:Redis:Configuration</c> is set (docs/wechat.md §2.4): one token
/// per account, a hash <c>&lt;prefix&gt;wechat:token:&lt;AppID&gt;:&lt;API base&gt;</c> with the token and the moment
/// to replace it. A refresh is fetched by one node at a time: the node that wins the lock (<c>SET NX</c> with an
/// expiry, StackExchange.Redis's <c>LockTake</c>) fetches and stores; the others wait for the stored token.
/// </summary>
internal sealed class SharedTokenStore(MediaRedis redis, TimeProvider time, TimeSpan waitLimit)
{
    private const string ValueField = "value";
    private const string RefreshAtField = "refresh_at";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly string node = Guid.NewGuid().ToString("N");

    /// <summary>The stored token if it is still fresh; otherwise fetches one (on one node only) and stores it.</summary>
    public async Task<CachedToken> GetAsync(string account, Func<CancellationToken, Task<CachedToken>> fetch, CancellationToken cancellationToken)
    {
        var db = redis.Database;
        var key = redis.Key("wechat:token:" + account);
        var lockKey = redis.Key("wechat:token-lock:" + account);
        var deadline = time.GetUtcNow() + waitLimit;
        while (true)
        {
            if (await ReadFreshAsync(db, key) is { } stored) return stored;
            if (await db.LockTakeAsync(lockKey, node, waitLimit))
            {
                try
                {
                    // Another node may have stored a token between our read and our lock.
                    if (await ReadFreshAsync(db, key) is { } raced) return raced;
                    var token = await fetch(cancellationToken);
                    var keepFor = token.RefreshAt - time.GetUtcNow();
                    if (keepFor > TimeSpan.Zero)
                    {
                        await db.HashSetAsync(key, [
                            new HashEntry(ValueField, token.Value),
                            new HashEntry(RefreshAtField, token.RefreshAt.ToUnixTimeMilliseconds()),
                        ]);
                        await db.KeyExpireAsync(key, keepFor);
                    }
                    return token;
                }
                finally
                {
                    await db.LockReleaseAsync(lockKey, node);
                }
            }

            if (time.GetUtcNow() >= deadline)
            {
                throw new WeChatApiException("stable_token", null, "another node is still fetching the access token",
                    WeChatErrorKind.Retryable, "另一台服务器正在获取微信 access_token，稍后会自动重试");
            }
            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }

    /// <summary>Drops the stored token only if it is still the rejected one (a transaction on that condition).</summary>
    public void Invalidate(string account, string rejected)
    {
        var key = redis.Key("wechat:token:" + account);
        var transaction = redis.Database.CreateTransaction();
        transaction.AddCondition(Condition.HashEqual(key, ValueField, rejected));
        _ = transaction.KeyDeleteAsync(key);
        transaction.Execute();
    }

    private async Task<CachedToken?> ReadFreshAsync(IDatabase db, RedisKey key)
    {
        var fields = await db.HashGetAsync(key, [ValueField, RefreshAtField]);
        if (fields[0].IsNullOrEmpty || !long.TryParse(fields[1].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var refreshAt))
            return null;
        var token = new CachedToken(fields[0].ToString(), DateTimeOffset.FromUnixTimeMilliseconds(refreshAt));
        return time.GetUtcNow() < token.RefreshAt ? token : null;
    }
}
