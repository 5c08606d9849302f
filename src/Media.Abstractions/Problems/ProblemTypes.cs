namespace Media.Abstractions.Problems;

/// <summary>Stable <c>type</c> URIs of the problem details Media answers with.</summary>
public static class ProblemTypes
{
    private const string Base = "https://media.invalid/problems/";

    public const string Validation = Base + "validation";
    public const string MalformedRequest = Base + "malformed-request";
    public const string NotFound = Base + "not-found";
    public const string Conflict = Base + "conflict";
    public const string PreconditionRequired = Base + "precondition-required";
    public const string PreconditionFailed = Base + "precondition-failed";
    public const string Unprocessable = Base + "unprocessable";
    public const string Unauthorized = Base + "unauthorized";
    public const string Forbidden = Base + "forbidden";
    public const string LockedOut = Base + "locked-out";
    public const string TooManyRequests = Base + "too-many-requests";
    public const string PasswordChangeRequired = Base + "password-change-required";
    public const string OtpRequired = Base + "otp-required";
    public const string SecondFactorRequired = Base + "second-factor-required";
    public const string StepUpRequired = Base + "step-up-required";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string UnsupportedMediaType = Base + "unsupported-media-type";
    public const string ServerError = Base + "server-error";
    public const string Busy = Base + "busy";

    /// <summary>A WeChat account's mass-send allowance is used up until <c>resetsAt</c> (docs/wechat.md §15.4).</summary>
    public const string WeChatQuota = Base + "wechat-quota";

    /// <summary>WeChat refused or did not answer a call made while the caller waits (a phone preview, docs/wechat.md §15.7):
    /// a 502 whose detail says in Chinese what WeChat answered.</summary>
    public const string WeChatError = Base + "wechat-error";
}
