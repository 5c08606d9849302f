using Media.Abstractions.Content;

namespace Media.Abstractions.Distribution;

/// <summary>Everything a sender needs for one attempt of one delivery.</summary>
/// <param name="DeliveryId">Stable across retries: the app's <c>X-Media-Delivery</c>, an idempotency key.</param>
/// <param name="Article">The published version (null when retracting: the piece is already gone from the public side).</param>
/// <param name="Settings">The channel's settings with its decrypted secrets. Never log them.</param>
/// <param name="Progress">What earlier attempts of this delivery saved (e.g. WeChat media_id, publish_id).</param>
/// <param name="SaveProgressAsync">Saves one progress value durably before the sender goes on.</param>
/// <param name="PublicBaseUrl">Absolute base of the county site, e.g. <c>https://news.example.gov.cn</c>.</param>
public sealed record DeliveryContext(
    Guid DeliveryId,
    Guid ArticleId,
    Guid ChannelId,
    string ChannelName,
    int Attempt,
    PublishedArticle? Article,
    int Version,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, string> Progress,
    Func<string, string, CancellationToken, Task> SaveProgressAsync,
    string PublicBaseUrl,
    DateTimeOffset OccurredAt);
