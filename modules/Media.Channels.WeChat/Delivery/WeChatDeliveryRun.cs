using Media.Abstractions.Distribution;
using Microsoft.Extensions.Logging;

namespace Media.Channels.WeChat.Delivery;

/// <summary>
/// One attempt of one delivery: the account, and the progress so far, which grows as this attempt saves each
/// external id (durably, through the outbox) before it takes the next step.
/// </summary>
internal sealed class WeChatDeliveryRun(DeliveryContext context, WeChatAccount account, ILogger logger)
{
    private readonly Dictionary<string, string> _progress = new(context.Progress, StringComparer.Ordinal);

    public DeliveryContext Context { get; } = context;

    public WeChatAccount Account { get; } = account;

    public string? Get(string key) => _progress.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <summary>Body images uploaded by earlier steps: original src → WeChat URL.</summary>
    public IReadOnlyDictionary<string, string> UploadedImages() =>
        _progress.Where(p => p.Key.StartsWith(WeChatProgressKeys.ImagePrefix, StringComparison.Ordinal) && p.Value.Length > 0)
            .ToDictionary(p => p.Key[WeChatProgressKeys.ImagePrefix.Length..], p => p.Value, StringComparer.Ordinal);

    public async Task SaveAsync(string key, string value, CancellationToken cancellationToken)
    {
        await Context.SaveProgressAsync(key, value, cancellationToken);
        _progress[key] = value;
        Log.ProgressSaved(logger, Context.DeliveryId, key);
    }
}
