using Media.Abstractions.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Content;

/// <summary>The versions of an article as the <see cref="IArticleHistory"/> contract shows them.</summary>
internal sealed class ArticleHistory(MediaDbContext db) : IArticleHistory
{
    public async Task<IReadOnlyList<ArticleVersionSummary>> GetVersionsAsync(Guid articleId, CancellationToken cancellationToken) =>
        await db.Set<ArticleVersion>().AsNoTracking()
            .Where(v => v.ArticleId == articleId)
            .OrderBy(v => v.Version)
            .Select(v => new ArticleVersionSummary(v.ArticleId, v.Version, v.Title, v.ContentHash, v.Author, v.CreatedBy, v.CreatedByName, v.CreatedAt))
            .ToListAsync(cancellationToken);
}
