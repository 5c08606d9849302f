namespace Media.Channels.WeChat;

/// <summary>
/// One official account (公众号) as a channel's settings hold it. The secret, callback token and AES key are
/// credentials: <see cref="ToString"/> leaves them out, and no log message takes them.
/// </summary>
public sealed record WeChatAccount(
    string AppId,
    string AppSecret,
    string ApiBaseUrl = WeChatAccount.DefaultApiBaseUrl,
    string? CallbackToken = null,
    string? EncodingAesKey = null)
{
    public const string DefaultApiBaseUrl = "https://api.weixin.qq.com";

    /// <summary>The API base with exactly one trailing slash, so relative paths like "cgi-bin/draft/add" resolve under it.</summary>
    public Uri ApiBase => new((string.IsNullOrWhiteSpace(ApiBaseUrl) ? DefaultApiBaseUrl : ApiBaseUrl).TrimEnd('/') + "/");

    public override string ToString() => $"WeChatAccount {{ AppId = {AppId}, ApiBaseUrl = {ApiBaseUrl} }}";
}
