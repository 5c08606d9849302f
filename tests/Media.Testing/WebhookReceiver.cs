using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Media.Testing;

/// <summary>
/// A stand-in for the county app's webhook endpoint: a real Kestrel server on 127.0.0.1 (free port) that records every
/// request (headers and raw body), checks <c>X-Media-Signature</c> the way an app developer would — with nothing but the
/// shared secret and docs/http-api.md §5 — and answers 204, or 401 to a bad signature. Tests can script the next answers
/// (<see cref="FailNext"/>, <see cref="HangNext"/>, <see cref="AnswerNext"/>) to exercise retries.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string WebhookPath = "/hooks/media";

    private readonly object gate = new();
    private readonly List<ReceivedWebhook> received = [];
    private readonly Queue<WebhookAnswer> script = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly TimeProvider clock;
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? app;

    private WebhookReceiver(string secret, TimeProvider clock)
    {
        Secret = secret;
        this.clock = clock;
    }

    public string Secret { get; }

    /// <summary>The webhook URL to give the app channel, e.g. <c>http://127.0.0.1:41234/hooks/media</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>When true (the default), an unscripted request with a bad or missing signature gets 401.</summary>
    public bool RejectBadSignatures { get; set; } = true;

    /// <summary>A snapshot of the requests so far, oldest first.</summary>
    public IReadOnlyList<ReceivedWebhook> Requests
    {
        get { lock (gate) return received.ToArray(); }
    }

    public static async Task<WebhookReceiver> StartAsync(string secret, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var receiver = new WebhookReceiver(secret, clock ?? TimeProvider.System);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(receiver.HandleAsync);
        await app.StartAsync(cancellationToken);
        receiver.app = app;
        receiver.Url = new Uri(new Uri(app.Urls.First()), WebhookPath);
        return receiver;
    }

    /// <summary>The next <paramref name="count"/> requests get <paramref name="answer"/> (after any answers already queued).</summary>
    public void AnswerNext(int count, WebhookAnswer answer)
    {
        lock (gate)
        {
            for (var i = 0; i < count; i++) script.Enqueue(answer);
        }
    }

    public void FailNext(int count, int status = 500, string? body = null, TimeSpan? retryAfter = null) =>
        AnswerNext(count, WebhookAnswer.Fail(status, body, retryAfter));

    /// <summary>The next requests get no answer: the sender must time out.</summary>
    public void HangNext(int count = 1) => AnswerNext(count, WebhookAnswer.NoAnswer);

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived and returns them.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (received.Count >= count) return received.ToArray();
                next = arrived.Task;
            }
            try { await next.WaitAsync(limit.Token); }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Expected {count} webhook request(s) within {timeout}, got {Requests.Count}.");
            }
        }
    }

    /// <summary>The check an app does: HMAC-SHA256 over the timestamp, a dot and the raw body, keyed with the secret,
    /// compared in constant time with the lowercase hex after <c>sha256=</c>.</summary>
    public static bool Verify(string secret, string? timestamp, byte[] body, string? signature)
    {
        const string scheme = "sha256=";
        if (string.IsNullOrEmpty(timestamp) || signature is null || !signature.StartsWith(scheme, StringComparison.Ordinal)) return false;
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp));
        hmac.AppendData("."u8);
        hmac.AppendData(body);
        var expected = Encoding.ASCII.GetBytes(Convert.ToHexString(hmac.GetHashAndReset()).ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature[scheme.Length..]));
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (app is not null)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await app.StopAsync(grace.Token);
            await app.DisposeAsync();
        }
        stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var valid = Verify(Secret, headers.GetValueOrDefault("X-Media-Timestamp"), body, headers.GetValueOrDefault("X-Media-Signature"));
        var answer = NextAnswer(valid);
        Record(new ReceivedWebhook(clock.GetUtcNow(), http.Request.Method, http.Request.Path.ToString(), headers, body, valid, answer));
        await RespondAsync(http, answer);
    }

    private WebhookAnswer NextAnswer(bool signatureValid)
    {
        lock (gate)
        {
            if (script.TryDequeue(out var scripted)) return scripted;
        }
        return signatureValid || !RejectBadSignatures ? WebhookAnswer.Ok : WebhookAnswer.Fail(401, "invalid signature");
    }

    private void Record(ReceivedWebhook request)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            received.Add(request);
            signal = arrived;
            arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        signal.TrySetResult();
    }

    private async Task RespondAsync(HttpContext http, WebhookAnswer answer)
    {
        if (answer.Hang)
        {
            using var held = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping.Token);
            try { await Task.Delay(TimeSpan.FromMinutes(1), held.Token); }
            catch (OperationCanceledException) { return; } // the sender hung up, as it should
        }
        http.Response.StatusCode = answer.Hang ? StatusCodes.Status504GatewayTimeout : answer.Status;
        if (answer.RetryAfter is { } after)
            http.Response.Headers.RetryAfter = ((long)after.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (answer.Status is >= 300 and < 400 && answer.Body is { } location)
        {
            http.Response.Headers.Location = location;
            return;
        }
        if (answer.Body is { } text) await http.Response.WriteAsync(text, http.RequestAborted);
    }
}
