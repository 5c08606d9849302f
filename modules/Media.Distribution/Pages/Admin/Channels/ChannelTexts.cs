using Media.Distribution.Channels;

namespace Media.Distribution.Pages.Admin.Channels;

/// <summary>The channel page's words: types, settings and the checks' refusals, never the codes.</summary>
internal static class ChannelTexts
{
    private static readonly Dictionary<string, string> Settings = new(StringComparer.Ordinal)
    {
        ["name"] = "渠道名称",
        ["type"] = "渠道类型",
        ["settings.webhookUrl"] = "推送地址",
        ["settings.secret"] = "签名密钥",
        ["settings.appId"] = "AppID",
        ["settings.appSecret"] = "AppSecret",
        ["settings.apiBaseUrl"] = "接口地址",
        ["settings.callbackToken"] = "令牌（Token）",
        ["settings.encodingAesKey"] = "EncodingAESKey",
        ["settings.accountType"] = "账号类型",
    };

    private static readonly Dictionary<string, string> Refusals = new(StringComparer.Ordinal)
    {
        ["name"] = "请填写渠道名称（不超过 100 字）。",
        ["settings.webhookUrl"] = "请填写完整的推送地址（https://…）。",
        ["settings.secret"] = "签名密钥至少 16 个字符。",
        ["settings.appId"] = "请填写 AppID。",
        ["settings.appSecret"] = "请填写 AppSecret。",
        ["settings.apiBaseUrl"] = "接口地址须是完整的 https:// 地址。",
        ["settings.encodingAesKey"] = "EncodingAESKey 应为 43 个字符。",
        ["settings.accountType"] = "账号类型只能是订阅号或服务号。",
    };

    public static string Type(string type) => type switch
    {
        ChannelTypes.Web => "县融媒体网站",
        ChannelTypes.WeChat => "微信公众号",
        ChannelTypes.App => "县客户端",
        _ => type,
    };

    public static string Setting(string key) => Settings.TryGetValue("settings." + key, out var label) ? label : key;

    /// <summary>A check's refusal of the input, in words.</summary>
    public static string Invalid(string field) =>
        Refusals.TryGetValue(field, out var text) ? text : $"“{(Settings.TryGetValue(field, out var label) ? label : field)}”填写有误。";

    /// <summary>The outbound address policy's refusal: which field, why in Chinese, and the policy's own sentence.</summary>
    public static string Unreachable(string field, string detail) =>
        $"{(Settings.TryGetValue(field, out var label) ? label : field)}不可用：Media 只调用 https 地址，不调用本机、内网地址（除非运维已在配置中允许）。（{detail}）";
}
