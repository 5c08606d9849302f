namespace Media.WeChat.Sandbox.State;

/// <summary>A freepublish job and, once it succeeded, the published article (status 0, 5 or 6).</summary>
public sealed record SandboxPublish(
    long PublishId,
    string AppId,
    string DraftMediaId,
    IReadOnlyList<SandboxArticle> Articles,
    string MsgDataId,
    int Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset DueAt,
    int Polls,
    PublishOutcome? PlannedOutcome,
    string? ArticleId,
    IReadOnlyList<string> ArticleUrls,
    IReadOnlyList<int> FailIdx,
    IReadOnlyList<bool> DeletedItems,
    DateTimeOffset? FinishedAt)
{
    public bool IsFinished => Status != 1;
}
