namespace Media.WeChat.Sandbox.State;

/// <summary>One try at pushing an event to an account's callback URL.</summary>
public sealed record CallbackAttempt(
    string AppId,
    long PublishId, // the publish_id, or the MsgID of a MASSSENDJOBFINISH
    string Url,
    int Attempt,
    int? StatusCode,
    string? ResponseBody,
    string? Error,
    string RequestBody,
    DateTimeOffset At,
    string Event = "PUBLISHJOBFINISH")
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
