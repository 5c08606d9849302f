namespace Media.WeChat.Sandbox;

/// <summary>One official account the sandbox impersonates.</summary>
public sealed class SandboxAccountOptions
{
    public string AppId { get; set; } = "wx5a7d0c0de0000001";

    public string Secret { get; set; } = "sandbox-secret-0000000000000001";

    /// <summary>The account's original id (gh_…), sent as ToUserName in pushes.</summary>
    public string OriginalId { get; set; } = "gh_5a7d0c0de001";

    public string Name { get; set; } = "Sandbox County Media";

    /// <summary>Unverified accounts get 48001 from freepublish, as WeChat does since July 2025.</summary>
    public bool Verified { get; set; } = true;

    public SandboxCallbackOptions? Callback { get; set; }

    /// <summary><c>subscription</c> (one mass send a Beijing day) or <c>service</c> (four to all a Beijing month).</summary>
    public string AccountType { get; set; } = "subscription";

    /// <summary>API 群发保护: a mass send to all waits for an admin's confirmation (the control API plays the phone).</summary>
    public bool MassProtection { get; set; }

    /// <summary>The WeChat ids (微信号) of the people who follow the account: message/mass/preview reaches only them
    /// (anyone else is answered 43004, a text that is no WeChat id 40132).</summary>
    public IList<string> FollowerWxNames { get; set; } = ["zhang_san", "lisi_2026", "wangwu_88"];
}
