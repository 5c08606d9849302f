using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Media.WeChat.Sandbox.State;
using Microsoft.Extensions.Logging;

namespace Media.WeChat.Sandbox.Callbacks;

/// <summary>
/// Pushes PUBLISHJOBFINISH and MASSSENDJOBFINISH to an account's callback URL: text/xml, signed, encrypted in the safe and compatible
/// modes; each try times out after 5 s and up to three tries are made (docs/wechat.md §7.6). Every try is logged in state.
/// </summary>
public sealed class CallbackPusher(SandboxState state, IHttpClientFactory httpClients, TimeProvider time,
    ILogger<CallbackPusher> logger) : IAsyncDisposable
{
    public const string HttpClientName = "Media.WeChat.Sandbox.Callbacks";

    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly List<Task> _inFlight = [];

    /// <summary>Starts the push in the background; a job of an account without a callback URL is not pushed.</summary>
    public void Enqueue(SandboxPublish job)
    {
        ArgumentNullException.ThrowIfNull(job);
        Enqueue(job.AppId, job.PublishId, "PUBLISHJOBFINISH",
            (account, now) => PublishJobFinishXml.Build(account.OriginalId, now.ToUnixTimeSeconds(), job));
    }

    /// <summary>MASSSENDJOBFINISH for a mass send that ended with <paramref name="status"/>.</summary>
    public void EnqueueMassSend(SandboxMassSend send, string status)
    {
        ArgumentNullException.ThrowIfNull(send);
        Enqueue(send.AppId, send.MsgId, "MASSSENDJOBFINISH",
            (account, now) => MassSendJobFinishXml.Build(account.OriginalId, now.ToUnixTimeSeconds(), send, status, state.Options.FollowerCount));
    }

    private void Enqueue(string appId, long jobId, string eventName, Func<SandboxAccountOptions, DateTimeOffset, string> xml)
    {
        var account = state.FindAccount(appId);
        if (account?.Callback is not { Url.Length: > 0 } || _stopping.IsCancellationRequested)
        {
            return;
        }

        var push = Task.Run(() => PushAsync(account, jobId, eventName, xml, _stopping.Token));
        lock (_gate)
        {
            _inFlight.RemoveAll(t => t.IsCompleted);
            _inFlight.Add(push);
        }
    }

    /// <summary>Waits until every push started so far has finished.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        Task[] pending;
        lock (_gate) { pending = [.. _inFlight]; }
        await Task.WhenAll(pending).WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        Task[] pending;
        lock (_gate) { pending = [.. _inFlight]; }
        await Task.WhenAll(pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private async Task PushAsync(SandboxAccountOptions account, long jobId, string eventName,
        Func<SandboxAccountOptions, DateTimeOffset, string> message, CancellationToken cancellationToken)
    {
        var callback = account.Callback!;
        var now = time.GetUtcNow();
        var xml = message(account, now);
        if (!state.Options.AllowNonLoopbackCallbacks && !LoopbackAddress.Is(callback.Url))
        {
            Log.CallbackRefused(logger, jobId, callback.Url);
            state.Callbacks.Add(new CallbackAttempt(account.AppId, jobId, callback.Url, 0, null, null,
                "refused: not a loopback address", xml, now, eventName));
            return;
        }

        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
        var envelope = CallbackEnvelope.Seal(callback, account.AppId, account.OriginalId,
            PublishJobFinishXml.MassSendAssistant, xml, timestamp, nonce);
        var separator = callback.Url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var target = new Uri($"{callback.Url}{separator}{envelope.Query}");
        for (var attempt = 1; attempt <= state.Options.CallbackAttempts; attempt++)
        {
            if (await TryOnceAsync(account.AppId, jobId, eventName, target, envelope.Body, attempt, cancellationToken))
            {
                return;
            }
        }
    }

    private async Task<bool> TryOnceAsync(string appId, long publishId, string eventName, Uri target, string body, int attempt,
        CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(state.Options.CallbackTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        var at = time.GetUtcNow();
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "text/xml");
            using var response = await httpClients.CreateClient(HttpClientName).PostAsync(target, content, linked.Token);
            var reply = await response.Content.ReadAsStringAsync(linked.Token);
            state.Callbacks.Add(new CallbackAttempt(appId, publishId, target.ToString(), attempt, (int)response.StatusCode,
                reply, null, body, at, eventName));
            Log.CallbackDelivered(logger, publishId, attempt, (int)response.StatusCode);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var reason = e is OperationCanceledException ? "timed out" : e.Message;
            state.Callbacks.Add(new CallbackAttempt(appId, publishId, target.ToString(), attempt, null, null, reason, body, at, eventName));
            Log.CallbackFailed(logger, publishId, attempt, reason);
            return false;
        }
    }
}
