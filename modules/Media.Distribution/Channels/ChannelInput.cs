using Media.Abstractions.Problems;

namespace Media.Distribution.Channels;

/// <summary><c>POST /api/channels</c>: <c>{ type, name, settings }</c>, checked per type; secrets split from what may be shown.</summary>
public sealed record ChannelInput(string? Type, string? Name, Dictionary<string, string?>? Settings)
{
    private static readonly string[] WeChatSecrets = ["appSecret", "callbackToken", "encodingAesKey"];
    private static readonly string[] AppSecrets = ["secret"];

    public FieldErrors Check()
    {
        var errors = new FieldErrors().Required("name", Name, 100);
        var settings = Settings ?? [];
        switch (Type)
        {
            case ChannelTypes.WeChat:
                errors.Required("settings.appId", settings.GetValueOrDefault("appId"), 64)
                    .Required("settings.appSecret", settings.GetValueOrDefault("appSecret"), 128);
                CheckUrl(errors, "settings.apiBaseUrl", settings.GetValueOrDefault("apiBaseUrl"), required: false);
                if (settings.GetValueOrDefault("encodingAesKey") is { Length: > 0 } key && key.Length != 43)
                    errors.Add("settings.encodingAesKey", "The EncodingAESKey has exactly 43 characters.");
                break;
            case ChannelTypes.App:
                CheckUrl(errors, "settings.webhookUrl", settings.GetValueOrDefault("webhookUrl"), required: true);
                if (settings.GetValueOrDefault("secret") is not { Length: >= 16 })
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

    public Dictionary<string, string> PublicPart() => Part(secret: false);

    public Dictionary<string, string> SecretPart() => Part(secret: true);

    private Dictionary<string, string> Part(bool secret)
    {
        var secrets = Type == ChannelTypes.WeChat ? WeChatSecrets : AppSecrets;
        return (Settings ?? []).Where(s => s.Value is { Length: > 0 } && secrets.Contains(s.Key) == secret)
            .ToDictionary(s => s.Key, s => s.Value!.Trim());
    }

    private static void CheckUrl(FieldErrors errors, string field, string? value, bool required)
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
