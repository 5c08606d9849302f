namespace Media.Channels.WeChat.Api;

/// <summary>An image to upload: its bytes and a file name whose extension matches them (e.g. "cover.jpg").</summary>
public sealed record WeChatImageFile(string FileName, ReadOnlyMemory<byte> Bytes)
{
    public override string ToString() => $"WeChatImageFile {{ FileName = {FileName}, Bytes = {Bytes.Length} }}";
}
