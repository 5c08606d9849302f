namespace Media.Channels.WeChat.Api;

/// <summary>
/// A WeChat call that failed: WeChat's own errcode and errmsg (with its request id), or a transport failure
/// (errcode null, HTTP status when there was one), classified for the caller.
/// </summary>
public sealed class WeChatApiException : Exception
{
    public WeChatApiException(string endpoint, int? errcode, string? errmsg, WeChatErrorKind kind, string editorMessage,
        int? httpStatus = null, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base($"WeChat {endpoint} failed: {(errcode is { } e ? $"errcode {e}" : $"HTTP {httpStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}")} {errmsg}".TrimEnd(), innerException)
    {
        Endpoint = endpoint;
        Errcode = errcode;
        Errmsg = errmsg;
        Kind = kind;
        EditorMessage = editorMessage;
        HttpStatus = httpStatus;
        RetryAfter = retryAfter;
        Rid = WeChatRid.Find(errmsg);
    }

    /// <summary>The endpoint after /cgi-bin/, e.g. "draft/add".</summary>
    public string Endpoint { get; }

    public int? Errcode { get; }

    public string? Errmsg { get; }

    public WeChatErrorKind Kind { get; }

    /// <summary>Chinese, for the newsroom, ending with the errcode, e.g. "标题超过 32 个字（微信错误码 45003）".</summary>
    public string EditorMessage { get; }

    public int? HttpStatus { get; }

    /// <summary>For rate limits: how long to wait at least before the next try, when WeChat's rules tell.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>WeChat's request id from errmsg ("rid: xxxxxxxx-xxxxxxxx-xxxxxxxx"), for support requests.</summary>
    public string? Rid { get; }
}
