using Media.Articles.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Content;

public sealed record ArticleFilter(string? Status, Guid? ColumnId, string? Query, int Page, int PageSize);

/// <summary>Read side of articles, limited to what the caller may see.</summary>
public sealed class ArticleQueries(MediaDbContext db, ArticleAccess access, Abstractions.Security.ICurrentUser user)
{
    public async Task<(Article Article, ArticleVersion Version)?> FindAsync(Guid id, CancellationToken ct)
    {
        var article = await db.Set<Article>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (article is null || !access.CanView(article)) return null;
        var version = await db.Set<ArticleVersion>().AsNoTracking()
            .SingleAsync(v => v.ArticleId == id && v.Version == article.CurrentVersion, ct);
        return (article, version);
    }

    public async Task<(IReadOnlyList<(Article, ArticleVersion)> Items, int Total)> ListAsync(ArticleFilter filter, CancellationToken ct)
    {
        var articles = db.Set<Article>().AsNoTracking();
        if (!access.SeesAll) articles = articles.Where(a => a.CreatedBy == user.Id);
        if (filter.Status is { } status) articles = articles.Where(a => a.Status == status);
        if (filter.ColumnId is { } column) articles = articles.Where(a => a.ColumnId == column);
        if (!string.IsNullOrWhiteSpace(filter.Query)) articles = Matching(articles, filter.Query.Trim());

        var total = await articles.CountAsync(ct);
        var page = await articles.OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)
            .Join(db.Set<ArticleVersion>(), a => new { a.Id, V = a.CurrentVersion }, v => new { Id = v.ArticleId, V = v.Version },
                (a, v) => new { a, v })
            .ToListAsync(ct);
        return (page.Select(x => (x.a, x.v)).ToList(), total);
    }

    /// <summary>Title, or the current version's subtitle, summary or body, containing the text as typed. Contains
    /// becomes instr/strpos on both providers, so % and _ are plain characters (docs/admin-ui.md §14).</summary>
    private IQueryable<Article> Matching(IQueryable<Article> articles, string text) =>
        articles.Where(a => a.Title.Contains(text)
            || db.Set<ArticleVersion>().Any(v => v.ArticleId == a.Id && v.Version == a.CurrentVersion
                && (v.Body.Contains(text) || (v.Subtitle != null && v.Subtitle.Contains(text)) || (v.Summary != null && v.Summary.Contains(text)))));

    public async Task<IReadOnlyList<ArticleVersion>?> VersionsAsync(Guid id, CancellationToken ct)
    {
        if (await VisibleAsync(id, ct) is null) return null;
        return await db.Set<ArticleVersion>().AsNoTracking().Where(v => v.ArticleId == id).OrderBy(v => v.Version).ToListAsync(ct);
    }

    public async Task<ArticleVersion?> VersionAsync(Guid id, int version, CancellationToken ct) =>
        await VisibleAsync(id, ct) is null
            ? null
            : await db.Set<ArticleVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.ArticleId == id && v.Version == version, ct);

    private async Task<Article?> VisibleAsync(Guid id, CancellationToken ct)
    {
        var article = await db.Set<Article>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        return article is not null && access.CanView(article) ? article : null;
    }
}
