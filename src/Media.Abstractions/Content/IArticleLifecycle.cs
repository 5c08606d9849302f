using Media.Abstractions.Problems;

namespace Media.Abstractions.Content;

/// <summary>
/// The editorial lifecycle, owned by the Articles module (docs/lifecycle.md). Other modules read states here and ask
/// for status changes with <see cref="ApplyAsync"/>; nothing else sets an article's status. A change is staged on the
/// tracked article in the request's unit of work, so the caller's own rows, the audit entries and the status change
/// commit in one SaveChangesAsync; status and version are concurrency tokens, so a racing change fails the save.
/// </summary>
public interface IArticleLifecycle
{
    /// <summary>The article as it is now, or null when it does not exist. Access is reported, not enforced.</summary>
    Task<ArticleState?> FindAsync(Guid articleId, CancellationToken cancellationToken);

    /// <summary>Everyone who wrote the article or saved one of its versions.</summary>
    Task<IReadOnlySet<Guid>> ContributorsAsync(Guid articleId, CancellationToken cancellationToken);

    /// <summary>Articles waiting in review at a stage one of the roles decides, oldest arrival first.</summary>
    Task<IReadOnlyList<ArticleState>> WaitingAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken);

    /// <summary>Drafts and corrections of the user that carry a review comment (sent back), most recent first.</summary>
    Task<IReadOnlyList<ArticleState>> SentBackAsync(Guid authorId, CancellationToken cancellationToken);

    /// <summary>Signed-off articles (<c>approved</c> or <c>published</c>, not on the correction track), most recently
    /// changed first, at most <paramref name="max"/>: what a WeChat push is composed from.</summary>
    Task<IReadOnlyList<ArticleState>> SignedOffAsync(int max, CancellationToken cancellationToken);

    /// <summary>The workflow a column names, or null for the default.</summary>
    Task<Guid?> ColumnWorkflowAsync(Guid columnId, CancellationToken cancellationToken);

    /// <summary>Null when the transition table allows the operation from the article's state to the signed-in user;
    /// otherwise the refusal (409 for a status it does not lead from, 403 for a missing permission).</summary>
    Outcome? Check(ArticleState article, string operation);

    /// <summary>Loads the article once, checks the command against the transition table, the caller's permission and —
    /// for schedule and publish — the sign-off guard, and stages the change without saving.</summary>
    Task<ArticleChange> ApplyAsync(Guid articleId, ArticleCommand command, CancellationToken cancellationToken);

    /// <summary>The Article JSON (docs/http-api.md §4.3) of the article (the tracked state when called after a save).</summary>
    Task<ArticleResponse?> DescribeAsync(Guid articleId, CancellationToken cancellationToken);
}
