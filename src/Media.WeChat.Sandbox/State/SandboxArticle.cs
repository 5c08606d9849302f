using System.Text.Json;

namespace Media.WeChat.Sandbox.State;

/// <summary>One article of a draft, as stored after validation (content possibly sanitised).</summary>
public sealed record SandboxArticle(
    string ArticleType,
    string Title,
    string? Author,
    string? Digest,
    string Content,
    string? ContentSourceUrl,
    string? ThumbMediaId,
    int NeedOpenComment,
    int OnlyFansCanComment,
    string? PicCrop235By1,
    string? PicCrop1By1,
    JsonElement? ImageInfo,
    JsonElement? CoverInfo,
    JsonElement? ProductInfo,
    string? ThumbUrl);
