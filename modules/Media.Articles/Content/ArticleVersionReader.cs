using Media.Abstractions.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Content;

/// <summary>The <see cref="IArticleVersionReader"/> contract: version content, diffs and seals for other modules.</summary>
internal sealed class ArticleVersionReader(MediaDbContext db) : IArticleVersionReader
{
    public async Task<ArticlePreviewSource?> FindAsync(Guid articleId, int version, CancellationToken cancellationToken) =>
        await LoadAsync(articleId, version, cancellationToken) is { } v
            ? new ArticlePreviewSource(v.ArticleId, v.Version, v.Title, v.Subtitle, v.Author, v.Source, v.Summary, v.Body, v.CoverMediaId, v.Tags,
                v.ColumnId)
            : null;

    public async Task<IReadOnlyList<ContentFieldDiff>?> CompareAsync(Guid articleId, int from, int to, CancellationToken cancellationToken)
    {
        var older = await LoadAsync(articleId, from, cancellationToken);
        var newer = await LoadAsync(articleId, to, cancellationToken);
        if (older is null || newer is null) return null;
        return VersionDiff.Compare(older, newer)
            .Select(d => new ContentFieldDiff(d.Field, d.Changed, d.Segments.Select(s => new ContentDiffRun(s.Op, s.Text)).ToList()))
            .ToList();
    }

    public async Task<VersionSeal?> SealAsync(Guid articleId, int version, CancellationToken cancellationToken)
    {
        if (await LoadAsync(articleId, version, cancellationToken) is not { } v) return null;
        var content = VersionWriter.ContentOf(v);
        return new VersionSeal(v.Version, v.ContentHash, ContentHash.Compute(content));
    }

    private Task<ArticleVersion?> LoadAsync(Guid articleId, int version, CancellationToken cancellationToken) =>
        db.Set<ArticleVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.ArticleId == articleId && v.Version == version, cancellationToken);
}
