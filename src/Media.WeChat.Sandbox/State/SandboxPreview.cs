namespace Media.WeChat.Sandbox.State;

/// <summary>One phone preview (message/mass/preview): who got it, of which draft, its articles' titles in order, and
/// when. <see cref="Title"/> is the 头条's.</summary>
public sealed record SandboxPreview(string AppId, string WxName, string MediaId, IReadOnlyList<string> Titles, DateTimeOffset At)
{
    public string Title => Titles[0];
}
