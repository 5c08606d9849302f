namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>How one WeChat endpoint is called: its name after /cgi-bin/, HTTP method, body kind and whether it needs a token.</summary>
internal sealed record WeChatApiRoute(string Name, string Method, WeChatBodyKind Body, bool RequiresToken = true);
