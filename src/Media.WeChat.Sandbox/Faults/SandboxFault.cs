namespace Media.WeChat.Sandbox.Faults;

/// <summary>A fault for the next <see cref="Times"/> calls to an endpoint ("draft/add", "stable_token", or "*" for any).</summary>
public sealed record SandboxFault(string Endpoint, FaultKind Kind, int Errcode = 0, string? Errmsg = null,
    TimeSpan Delay = default, int Times = 1)
{
    public const string AnyEndpoint = "*";

    public static SandboxFault WithErrcode(string endpoint, int errcode, int times = 1, string? errmsg = null) =>
        new(endpoint, FaultKind.Errcode, errcode, errmsg, Times: times);

    public static SandboxFault Http500(string endpoint, int times = 1) => new(endpoint, FaultKind.Http500, Times: times);

    public static SandboxFault Delayed(string endpoint, TimeSpan delay, int times = 1) =>
        new(endpoint, FaultKind.Delay, Delay: delay, Times: times);

    public static SandboxFault Dropped(string endpoint, int times = 1) =>
        new(endpoint, FaultKind.DropConnection, Times: times);

    public static SandboxFault AnswerLost(string endpoint, int times = 1) =>
        new(endpoint, FaultKind.LoseAnswer, Times: times);

    public static SandboxFault HeldAnswer(string endpoint, TimeSpan delay, int times = 1) =>
        new(endpoint, FaultKind.AnswerHeld, Delay: delay, Times: times);

    public bool Matches(string endpoint) => Endpoint == AnyEndpoint || Endpoint == endpoint;

    public string Describe() => Kind switch
    {
        FaultKind.Errcode => $"errcode {Errcode}",
        FaultKind.Delay => $"delay {Delay.TotalMilliseconds} ms",
        FaultKind.AnswerHeld => $"answer held {Delay.TotalMilliseconds} ms",
        _ => Kind.ToString(),
    };
}
