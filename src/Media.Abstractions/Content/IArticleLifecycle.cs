namespace Media.Abstractions.Content;

/// <summary>
/// The editorial state of articles for the review and distribution modules. <see cref="StageAsync"/> changes the
/// tracked article in the request's unit of work, so the caller's own rows, the audit entries and the status
/// change commit in one SaveChangesAsync. Status and version are concurrency tokens: a racing change fails the save.
/// </summary>
public interface IArticleLifecycle
{
    /// <summary>The article as it is now, or null when it does not exist. Access is reported, not enforced.</summary>
    Task<ArticleState?> FindAsync(Guid articleId, CancellationToken cancellationToken);

    /// <summary>Everyone who wrote the article or saved one of its versions.</summary>
    Task<IReadOnlySet<Guid>> ContributorsAsync(Guid articleId, CancellationToken cancellationToken);

    /// <summary>Articles waiting in review at a stage one of the roles decides, oldest arrival first.</summary>
    Task<IReadOnlyList<ArticleState>> WaitingAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken);

    /// <summary>Drafts created by the user that carry a review comment (sent back), most recent first.</summary>
    Task<IReadOnlyList<ArticleState>> SentBackAsync(Guid authorId, CancellationToken cancellationToken);

    /// <summary>The workflow a column names, or null for the default.</summary>
    Task<Guid?> ColumnWorkflowAsync(Guid columnId, CancellationToken cancellationToken);

    /// <summary>Checks and applies the transition to the tracked article without saving.</summary>
    Task<TransitionOutcome> StageAsync(Guid articleId, ArticleTransition transition, CancellationToken cancellationToken);

    /// <summary>The contract's Article JSON of the article (the tracked state when called after a save).</summary>
    Task<object?> DescribeAsync(Guid articleId, CancellationToken cancellationToken);
}
