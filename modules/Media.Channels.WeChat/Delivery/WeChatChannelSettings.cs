namespace Media.Channels.WeChat.Delivery;

/// <summary>Reads a <c>wechat</c> channel's settings (appId, appSecret, apiBaseUrl, callbackToken, encodingAesKey).</summary>
internal static class WeChatChannelSettings
{
    public const string ChannelType = "wechat";

    /// <summary>The account, or null when the AppID is missing; a missing secret is left empty for WeChat to refuse.</summary>
    public static WeChatAccount? ToAccount(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (Value(settings, "appId") is not { } appId)
        {
            return null;
        }

        return new WeChatAccount(appId, Value(settings, "appSecret") ?? "",
            Value(settings, "apiBaseUrl") ?? WeChatAccount.DefaultApiBaseUrl,
            Value(settings, "callbackToken"), Value(settings, "encodingAesKey"));
    }

    private static string? Value(IReadOnlyDictionary<string, string> settings, string key) =>
        settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
