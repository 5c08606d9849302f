namespace Media.WeChat.Sandbox;

/// <summary>The developer server settings (URL, Token, EncodingAESKey, mode) of an account.</summary>
public sealed class SandboxCallbackOptions
{
    public string Url { get; set; } = "";

    public string Token { get; set; } = "";

    /// <summary>43 characters; required for the compatible and safe modes.</summary>
    public string? EncodingAesKey { get; set; }

    public CallbackMode Mode { get; set; } = CallbackMode.Plaintext;
}
