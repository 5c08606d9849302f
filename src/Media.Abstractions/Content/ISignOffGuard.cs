namespace Media.Abstractions.Content;

/// <summary>
/// docs/review.md §2.5: before anything is scheduled or published — by a person or by a job firing later —
/// the lifecycle asks this. It answers ok only when the article carries a sign-off, its current version is the signed
/// one, and the signed hash matches the stored version, the version's recomputed content and the review round's record.
/// </summary>
public interface ISignOffGuard
{
    /// <param name="article">The article as the lifecycle just loaded it (the guard does not read it again).</param>
    Task<SignOffVerdict> CheckAsync(ArticleState article, CancellationToken cancellationToken);
}
