namespace Media.WeChat.Sandbox.Callbacks;

/// <summary>The outcome of WeChat's GET echostr verification against a callback URL.</summary>
public sealed record HandshakeResult(bool Succeeded, int? StatusCode, string? Body, string Echostr, string? Error);
