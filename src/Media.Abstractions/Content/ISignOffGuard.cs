namespace Media.Abstractions.Content;

/// <summary>
/// Invariant 5: publishing — immediate, scheduled or by a job firing later — calls this first. It answers ok only
/// when the article is approved (or scheduled/published), its current version is the signed one, and the signed
/// hash matches the article, the stored version, the version's recomputed content and the review round's record.
/// </summary>
public interface ISignOffGuard
{
    Task<SignOffVerdict> CheckAsync(Guid articleId, CancellationToken cancellationToken);
}
