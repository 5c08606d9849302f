namespace Media.WeChat.Sandbox.State;

/// <summary>One request to the WeChat API surface. Body is the raw UTF-8 text of JSON requests.</summary>
public sealed record SandboxCall(
    string Endpoint,
    string Method,
    DateTimeOffset At,
    string? Body,
    bool ContainsUnicodeEscapes,
    string? Fault);
