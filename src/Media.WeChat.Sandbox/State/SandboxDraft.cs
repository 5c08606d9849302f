namespace Media.WeChat.Sandbox.State;

/// <summary>A draft (草稿) of one or more articles, addressed by its media_id.</summary>
public sealed record SandboxDraft(
    string AppId,
    string MediaId,
    IReadOnlyList<SandboxArticle> Articles,
    string PreviewUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
