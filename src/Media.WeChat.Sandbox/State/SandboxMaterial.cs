namespace Media.WeChat.Sandbox.State;

/// <summary>A permanent material received by material/add_material.</summary>
public sealed record SandboxMaterial(
    string AppId,
    string MediaId,
    string Type,
    string? ImageId,
    string? Url,
    string FileName,
    string Format,
    byte[] Bytes,
    string? Description,
    DateTimeOffset UploadedAt);
