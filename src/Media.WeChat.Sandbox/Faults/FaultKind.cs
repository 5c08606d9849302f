namespace Media.WeChat.Sandbox.Faults;

/// <summary>What an injected fault does to a call.</summary>
public enum FaultKind
{
    /// <summary>HTTP 200 with {"errcode":E,"errmsg":…}, as WeChat reports every error.</summary>
    Errcode,

    /// <summary>HTTP 500 with no WeChat body, as a broken gateway would answer.</summary>
    Http500,

    /// <summary>Waits, then handles the call normally: longer than a client timeout, it tests duplicate work.</summary>
    Delay,

    /// <summary>Aborts the TCP connection without a response.</summary>
    DropConnection,

    /// <summary>Handles the call normally (the work is done: a draft made, a publish started), then aborts the
    /// connection instead of answering: the client sees a lost answer for a call that succeeded.</summary>
    LoseAnswer,

    /// <summary>Handles the call normally, then holds the answer back for the fault's delay: the work is done while the
    /// answer is still on the wire, which is when a test kills the calling process.</summary>
    AnswerHeld,
}
