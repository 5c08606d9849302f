using System.Text.Json;
using Media.Abstractions.Problems;

namespace Media.Distribution.Channels;

/// <summary>The settings of a <c>wechat</c> channel (docs/wechat.md §15.1): the account, its type, who may receive phone
/// previews, and whether WeChat's API 群发保护 is on.</summary>
internal static class WeChatSettingsCheck
{
    private const int MaxPreviewNames = 20;

    public static void Check(FieldErrors errors, Func<string, string?> text)
    {
        errors.Required("settings.appId", text("appId"), 64)
            .Required("settings.appSecret", text("appSecret"), 128);
        ChannelInput.CheckUrl(errors, "settings.apiBaseUrl", text("apiBaseUrl"), required: false);
        if (text("encodingAesKey") is { Length: > 0 } key && key.Length != 43)
            errors.Add("settings.encodingAesKey", "The EncodingAESKey has exactly 43 characters.");
        if (text("accountType") is { Length: > 0 } type && type is not ("subscription" or "service"))
            errors.Add("settings.accountType", "Use 'subscription' (订阅号) or 'service' (服务号).");
        if (text("massProtection") is { Length: > 0 } protection && protection is not ("true" or "false"))
            errors.Add("settings.massProtection", "Use true or false.");
        if (text("previewWxNames") is { Length: > 0 } names)
        {
            var list = names.StartsWith('[') ? JsonSerializer.Deserialize<List<string>>(names)! : null;
            if (list is null) errors.Add("settings.previewWxNames", "Give a list of WeChat ids (微信号).");
            else if (list.Count > MaxPreviewNames || list.Any(n => n.Length > 64))
                errors.Add("settings.previewWxNames", $"At most {MaxPreviewNames} WeChat ids of at most 64 characters.");
        }
    }
}
