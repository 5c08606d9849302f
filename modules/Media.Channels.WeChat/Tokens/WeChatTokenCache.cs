using System.Collections.Concurrent;
using Media.Channels.WeChat.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Media.Channels.WeChat.Tokens;

/// <summary>
/// The one access-token cache of the process (a DI singleton), keyed by AppID and API base URL. Tokens come from
/// POST /cgi-bin/stable_token in normal mode (docs/wechat.md §2.2), are replaced ahead of expiry on the injected clock,
/// and concurrent callers of one account wait on a single fetch. With Redis configured the token lives there, shared by
/// every node, and one node fetches a refresh while the others wait (<see cref="SharedTokenStore"/>).
/// </summary>
public sealed class WeChatTokenCache : IDisposable
{
    private const string Endpoint = "stable_token";

    private readonly ConcurrentDictionary<string, TokenSlot> _slots = new(StringComparer.Ordinal);
    private readonly WeChatTransport transport;
    private readonly TimeProvider time;
    private readonly IOptions<WeChatChannelOptions> options;
    private readonly ILogger<WeChatTokenCache> logger;
    private readonly SharedTokenStore? shared;

    internal WeChatTokenCache(WeChatTransport transport, TimeProvider time, IOptions<WeChatChannelOptions> options,
        ILogger<WeChatTokenCache> logger, SharedTokenStore? shared = null)
    {
        this.shared = shared;
        this.transport = transport;
        this.time = time;
        this.options = options;
        this.logger = logger;
    }

    /// <summary>A token valid for a while yet; fetches one when none is cached or the cached one is due for refresh.</summary>
    public async Task<string> GetTokenAsync(WeChatAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var slot = _slots.GetOrAdd(Key(account), _ => new TokenSlot());
        if (shared is not null)
        {
            // One caller per node asks Redis; the store lets one node in all fetch.
            await slot.Gate.WaitAsync(cancellationToken);
            try
            {
                return (await shared.GetAsync(Key(account), ct => FetchAsync(account, ct), cancellationToken)).Value;
            }
            finally
            {
                slot.Gate.Release();
            }
        }

        if (Fresh(slot.Current) is { } cached)
        {
            return cached.Value;
        }

        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            // Whoever waited behind the fetching caller finds its token here.
            if (Fresh(slot.Current) is { } fetched)
            {
                return fetched.Value;
            }

            var token = await FetchAsync(account, cancellationToken);
            slot.Current = token;
            return token.Value;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <summary>Forgets a token WeChat refused (40001/40014/42001), unless another caller has already replaced it.</summary>
    public void Invalidate(WeChatAccount account, string rejectedToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        shared?.Invalidate(Key(account), rejectedToken);
        if (_slots.TryGetValue(Key(account), out var slot))
        {
            slot.Drop(rejectedToken);
        }
    }

    public void Dispose()
    {
        foreach (var slot in _slots.Values)
        {
            slot.Dispose();
        }
    }

    private CachedToken? Fresh(CachedToken? token) => token is not null && time.GetUtcNow() < token.RefreshAt ? token : null;

    private async Task<CachedToken> FetchAsync(WeChatAccount account, CancellationToken cancellationToken)
    {
        // Normal mode only: force_refresh invalidates the token other nodes hold and is capped at 20 a day (docs/wechat.md §2.2, §2.3).
        using var content = WeChatJson.Content(new StableTokenRequest("client_credential", account.AppId, account.AppSecret, false));
        var reply = await transport.PostAsync(account, Endpoint, null, null, content, cancellationToken);
        var value = reply.Body.Str("access_token");
        var expiresIn = reply.Body.Int("expires_in") ?? 0;
        if (!reply.Succeeded || string.IsNullOrEmpty(value) || expiresIn <= 0)
        {
            throw Refused(account, reply);
        }

        Log.TokenFetched(logger, account.AppId, expiresIn);
        var lifetime = TimeSpan.FromSeconds(expiresIn);
        var margin = TimeSpan.FromTicks(Math.Min(options.Value.TokenRefreshMargin.Ticks, lifetime.Ticks / 2));
        return new CachedToken(value, time.GetUtcNow() + lifetime - margin);
    }

    private WeChatApiException Refused(WeChatAccount account, WeChatReply reply)
    {
        if (reply.Succeeded)
        {
            return new WeChatApiException(Endpoint, null, "no access_token in the answer", WeChatErrorKind.Retryable,
                "微信没有返回 access_token，稍后会自动重试");
        }

        Log.ErrcodeReturned(logger, account.AppId, Endpoint, reply.Errcode, WeChatErrorCatalog.Classify(reply.Errcode), reply.Errmsg);
        // At the token endpoint 40001 means a wrong AppSecret (older servers), not a stale token: nothing to retry.
        return WeChatErrorCatalog.IsInvalidToken(reply.Errcode)
            ? new WeChatApiException(Endpoint, reply.Errcode, reply.Errmsg, WeChatErrorKind.Permanent,
                WeChatErrorCatalog.EditorMessage(reply.Errcode))
            : WeChatErrorCatalog.ToException(Endpoint, reply.Errcode, reply.Errmsg, time.GetUtcNow());
    }

    private static string Key(WeChatAccount account) => account.AppId + ":" + account.ApiBase.AbsoluteUri;
}
