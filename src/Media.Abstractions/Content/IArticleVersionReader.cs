namespace Media.Abstractions.Content;

/// <summary>Content of article versions for reviewers, screening and the sign-off guard. No access filtering:
/// callers authorize first.</summary>
public interface IArticleVersionReader
{
    Task<ArticlePreviewSource?> FindAsync(Guid articleId, int version, CancellationToken cancellationToken);

    /// <summary>Field by field, character-level; null when either version does not exist.</summary>
    Task<IReadOnlyList<ContentFieldDiff>?> CompareAsync(Guid articleId, int from, int to, CancellationToken cancellationToken);

    Task<VersionSeal?> SealAsync(Guid articleId, int version, CancellationToken cancellationToken);
}
