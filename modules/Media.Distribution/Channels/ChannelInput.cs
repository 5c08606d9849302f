using System.Text.Json;
using Media.Abstractions.Problems;

namespace Media.Distribution.Channels;

/// <summary><c>POST /api/channels</c>: <c>{ type, name, settings }</c>, checked per type; secrets split from what may be shown.
/// A setting is a string, a boolean (WeChat's <c>massProtection</c>) or a list of strings (<c>previewWxNames</c>).</summary>
public sealed record ChannelInput(string? Type, string? Name, Dictionary<string, JsonElement>? Settings)
{
    private static readonly string[] WeChatSecrets = ["appSecret", "callbackToken", "encodingAesKey"];
    private static readonly string[] AppSecrets = ["secret"];

    /// <summary>For code that composes a channel itself (the demo account): every setting a string.</summary>
    public static ChannelInput FromText(string type, string name, IReadOnlyDictionary<string, string?> settings) =>
        new(type, name, settings.Where(s => s.Value is not null)
            .ToDictionary(s => s.Key, s => JsonSerializer.SerializeToElement(s.Value)));

    public FieldErrors Check()
    {
        var errors = new FieldErrors().Required("name", Name, 100);
        foreach (var (key, value) in Settings ?? [])
        {
            if (ChannelSettingValue.Read(value) is null)
                errors.Add($"settings.{key}", "A setting is a string, true/false or a list of strings.");
        }

        switch (Type)
        {
            case ChannelTypes.WeChat:
                WeChatSettingsCheck.Check(errors, Text);
                break;
            case ChannelTypes.App:
                CheckUrl(errors, "settings.webhookUrl", Text("webhookUrl"), required: true);
                if (Text("secret") is not { Length: >= 16 })
                    errors.Add("settings.secret", "The webhook secret needs at least 16 characters.");
                break;
            case ChannelTypes.Web:
                errors.Add("type", "The web channel (the county site) always exists and cannot be added again.");
                break;
            default:
                errors.Add("type", "Use 'wechat' or 'app'.");
                break;
        }
        return errors;
    }

    internal static IReadOnlyList<string> SecretNames(string type) => type == ChannelTypes.WeChat ? WeChatSecrets : AppSecrets;

    internal static bool IsSecret(string type, string key) => SecretNames(type).Contains(key);

    public Dictionary<string, string> PublicPart() => Part(secret: false);

    public Dictionary<string, string> SecretPart() => Part(secret: true);

    /// <summary>A setting as the stored text: strings as they are, booleans as <c>true</c>/<c>false</c>, lists as a JSON array.</summary>
    internal string? Text(string key) =>
        Settings is not null && Settings.TryGetValue(key, out var value) ? ChannelSettingValue.Read(value) : null;

    private Dictionary<string, string> Part(bool secret)
    {
        var secrets = SecretNames(Type ?? "");
        return (Settings ?? []).Select(s => (s.Key, Value: ChannelSettingValue.Read(s.Value)))
            .Where(s => s.Value is { Length: > 0 } && secrets.Contains(s.Key) == secret)
            .ToDictionary(s => s.Key, s => s.Value!.Trim());
    }

    internal static void CheckUrl(FieldErrors errors, string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add(field, $"'{field}' is required.");
            return;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            errors.Add(field, "Give an absolute http(s) URL.");
    }
}
