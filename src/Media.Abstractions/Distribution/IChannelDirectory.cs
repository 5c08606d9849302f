namespace Media.Abstractions.Distribution;

/// <summary>Channel settings for code that must act for a channel outside a delivery (e.g. the WeChat callback
/// endpoint checking a signature with the account's token).</summary>
public interface IChannelDirectory
{
    /// <summary>The channel with its decrypted settings, or null. Never return or log the settings.</summary>
    Task<ChannelInfo?> FindAsync(Guid channelId, CancellationToken cancellationToken);

    /// <summary>The enabled channels of one type, by name, with their decrypted settings (e.g. the 今日推送 page's WeChat
    /// accounts). Never return or log the settings.</summary>
    Task<IReadOnlyList<ChannelInfo>> EnabledOfTypeAsync(string type, CancellationToken cancellationToken);
}
