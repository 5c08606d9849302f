using System.Text.Json;

namespace Media.Channels.WeChat.Api;

/// <summary>A parsed WeChat answer: a missing errcode or 0 is success (docs/wechat.md §1.4).</summary>
internal sealed record WeChatReply(JsonElement Body, int Errcode, string? Errmsg)
{
    public bool Succeeded => Errcode == 0;
}
