namespace Media.WeChat.Sandbox.Endpoints;

internal enum WeChatBodyKind
{
    None,
    Json,
    Multipart,
}
