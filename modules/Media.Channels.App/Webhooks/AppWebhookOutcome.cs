using System.Text;
using Media.Abstractions.Distribution;

namespace Media.Channels.App.Webhooks;

/// <summary>What one answer of the app means for the delivery. As docs/http-api.md §5 says, any 2xx acknowledges and anything
/// else is retried with backoff (429 on the app's own schedule): an app mid-deployment may answer 404 or 401 for a
/// while. An answer that will not heal by itself (a redirect we do not follow, 410, a refused signature) keeps being
/// shown on the delivery with the app's words, and when the attempts run out the delivery fails for a person to act.</summary>
internal static class AppWebhookOutcome
{
    private const int SnippetBytes = 1024;
    private const int SnippetChars = 300;
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromDays(1);

    public static async Task<DeliveryStep> ClassifyAsync(HttpResponseMessage response, TimeProvider clock, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300) return DeliveryStep.Done();
        var error = await DescribeAsync(response, cancellationToken);
        var after = RetryAfter(response, clock);
        return status switch
        {
            429 => new DeliveryStep(DeliveryStepOutcome.RateLimited, Error: error, RetryAfter: after),
            >= 300 and < 400 => DeliveryStep.Retry(error + $" (redirect to {response.Headers.Location?.ToString() ?? "nowhere"}; webhooks do not follow redirects: set the final address)", after),
            _ => DeliveryStep.Retry(error, after),
        };
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider clock)
    {
        var header = response.Headers.RetryAfter;
        var after = header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
        if (after is not { } value) return null;
        return value < TimeSpan.Zero ? TimeSpan.Zero : value > MaxRetryAfter ? MaxRetryAfter : value;
    }

    private static async Task<string> DescribeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = $"The app answered HTTP {(int)response.StatusCode} {ReasonOf(response)}";
        var snippet = await SnippetAsync(response, cancellationToken);
        return snippet.Length == 0 ? status : $"{status}: {snippet}";
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
