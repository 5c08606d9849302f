using System.Text.Json.Serialization;

namespace Media.Channels.WeChat.Tokens;

/// <summary>The body of POST /cgi-bin/stable_token (docs/wechat.md §2.2).</summary>
internal sealed record StableTokenRequest(
    [property: JsonPropertyName("grant_type")] string GrantType,
    [property: JsonPropertyName("appid")] string AppId,
    [property: JsonPropertyName("secret")] string Secret,
    [property: JsonPropertyName("force_refresh")] bool ForceRefresh)
{
    // A record's generated ToString would print the secret.
    public override string ToString() => $"StableTokenRequest {{ AppId = {AppId}, ForceRefresh = {ForceRefresh} }}";
}
