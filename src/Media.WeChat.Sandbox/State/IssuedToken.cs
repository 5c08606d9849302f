namespace Media.WeChat.Sandbox.State;

/// <summary>An access_token the sandbox handed out. Stable tokens come from /cgi-bin/stable_token.</summary>
public sealed record IssuedToken(
    string Value,
    string AppId,
    bool Stable,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? SupersededUntil = null,
    bool Revoked = false);
