namespace Media.WeChat.Sandbox.State;

/// <summary>An in-article image received by media/uploadimg. ImageId is the id inside its URL.</summary>
public sealed record SandboxImage(
    string AppId,
    string ImageId,
    string Url,
    string FileName,
    string Format,
    byte[] Bytes,
    DateTimeOffset UploadedAt);
