using System.Text;
using Media.Abstractions.Distribution;

namespace Media.Channels.App.Webhooks;

/// <summary>What one answer of the app means for the delivery. As docs/http-api.md §5 says, any 2xx acknowledges and anything
/// else is retried with backoff (429 on the app's own schedule): an app mid-deployment may answer 404 or 401 for a
/// while. An answer that will not heal by itself (a redirect we do not follow, 410, a refused signature) keeps being
/// shown on the delivery, and when the attempts run out the delivery fails for a person to act. The app's own words (a
/// snippet of its answer's body) go to the log only: a delivery's <c>lastError</c> is read by reporters, and a remote body
/// is not theirs to see (docs/http-api.md §7).</summary>
internal static class AppWebhookOutcome
{
    private const int SnippetBytes = 1024;
    private const int SnippetChars = 300;
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromDays(1);

    public static async Task<AppWebhookAnswer> ClassifyAsync(HttpResponseMessage response, TimeProvider clock, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300) return new(DeliveryStep.Done(), "");
        var error = $"The app answered HTTP {status} {ReasonOf(response)}".TrimEnd();
        var after = RetryAfter(response, clock);
        return new(Classify(status, error, response, after), await SnippetAsync(response, cancellationToken));
    }

    private static DeliveryStep Classify(int status, string error, HttpResponseMessage response, TimeSpan? after) =>
        status switch
        {
            429 => new DeliveryStep(DeliveryStepOutcome.RateLimited, Error: error, RetryAfter: after),
            >= 300 and < 400 => DeliveryStep.Retry(error + $" (redirect to {response.Headers.Location?.ToString() ?? "nowhere"}; webhooks do not follow redirects: set the final address)", after),
            _ => DeliveryStep.Retry(error, after),
        };

    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider clock)
    {
        var header = response.Headers.RetryAfter;
        var after = header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
        if (after is not { } value) return null;
        return value < TimeSpan.Zero ? TimeSpan.Zero : value > MaxRetryAfter ? MaxRetryAfter : value;
    }

    private static string ReasonOf(HttpResponseMessage response) =>
        response.ReasonPhrase ?? (Enum.IsDefined(response.StatusCode) ? response.StatusCode.ToString() : "");

    private static async Task<string> SnippetAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[SnippetBytes];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0) read += n;
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        var clean = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return clean.Length <= SnippetChars ? clean : clean[..SnippetChars] + "…";
    }
}
