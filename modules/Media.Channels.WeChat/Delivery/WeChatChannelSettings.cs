using System.Text.Json;

namespace Media.Channels.WeChat.Delivery;

/// <summary>Reads a <c>wechat</c> channel's settings (appId, appSecret, apiBaseUrl, callbackToken, encodingAesKey, and for
/// pushes accountType, previewWxNames, massProtection: docs/wechat.md §15.1).</summary>
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

    public const string Subscription = "subscription";
    public const string Service = "service";

    /// <summary><c>subscription</c> (订阅号, the default) or <c>service</c> (服务号).</summary>
    public static string AccountType(IReadOnlyDictionary<string, string> settings) =>
        Value(settings, "accountType") == Service ? Service : Subscription;

    /// <summary>The WeChat ids (微信号) that may receive phone previews.</summary>
    public static IReadOnlyList<string> PreviewWxNames(IReadOnlyDictionary<string, string> settings) =>
        Value(settings, "previewWxNames") is { } names && names.StartsWith('[')
            ? JsonSerializer.Deserialize<List<string>>(names) ?? []
            : [];

    /// <summary>Whether the account has WeChat's API 群发保护 on.</summary>
    public static bool MassProtection(IReadOnlyDictionary<string, string> settings) => Value(settings, "massProtection") == "true";

    private static string? Value(IReadOnlyDictionary<string, string> settings, string key) =>
        settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
