using Media.Abstractions.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Content;

/// <summary>Published articles at their published version, rendered through the one sanitizing renderer.</summary>
internal sealed class PublishedArticles(MediaDbContext db, IMarkdownRenderer markdown) : IPublishedArticles
{
    public async Task<PublicArticleLookup> FindAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var found = await Rows().Where(x => x.Article.Id == articleId).SingleOrDefaultAsync(cancellationToken);
        if (found is null) return new PublicArticleLookup(PublicationState.Unknown, null);
        if (LiveArticles.Includes(found.Article)) return new PublicArticleLookup(PublicationState.Published, Describe(found));
        return found.Article.Status == EditorialStatus.Retracted && found.Article.PublishedAt is not null
            ? new PublicArticleLookup(PublicationState.Retracted, null, found.Article.RetractedAt)
            : new PublicArticleLookup(PublicationState.Unknown, null);
    }

    public async Task<(IReadOnlyList<PublishedArticle> Items, int Total)> ListAsync(Guid? columnId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = Rows(db.Set<Article>().AsNoTracking().Where(LiveArticles.IsLive));
        if (columnId is { } id) rows = rows.Where(x => x.Column.Id == id || x.Column.ParentId == id);
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(x => x.Article.PublishedAt).ThenBy(x => x.Article.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items.Select(Describe).ToList(), total);
    }

    public async Task<IReadOnlyList<PublicColumn>> ColumnsAsync(CancellationToken cancellationToken) =>
        await db.Set<Column>().AsNoTracking().OrderBy(c => c.CreatedAt)
            .Select(c => new PublicColumn(c.Id, c.Name, c.Slug, c.ParentId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PublishedEntry>> EntriesAsync(int max, CancellationToken cancellationToken)
    {
        var live = db.Set<Article>().AsNoTracking().Where(LiveArticles.IsLive);
        var articles = await Rows(live).OrderByDescending(x => x.Article.PublishedAt).ThenBy(x => x.Article.Id).Take(max)
            .Select(x => new { x.Article.Id, ColumnId = x.Column.Id, x.Article.PublishedUrl, x.Article.PublishedAt })
            .ToListAsync(cancellationToken);
        // Corrections are a few per year: their times are read whole and the latest per article picked here.
        var corrected = (await db.Set<ArticleCorrection>().AsNoTracking().Join(live, c => c.ArticleId, a => a.Id, (c, _) => new { c.ArticleId, c.PublishedAt })
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.ArticleId).ToDictionary(g => g.Key, g => g.Max(c => c.PublishedAt));
        return articles.Select(a =>
        {
            var published = a.PublishedAt!.Value;
            var changed = corrected.TryGetValue(a.Id, out var at) && at > published ? at : published;
            return new PublishedEntry(a.Id, a.ColumnId, a.PublishedUrl ?? ArticleUrls.Of(a.Id), published, changed);
        }).ToList();
    }

    private IQueryable<PublishedRow> Rows() => Rows(db.Set<Article>().AsNoTracking());

    private IQueryable<PublishedRow> Rows(IQueryable<Article> articles) =>
        from a in articles
        join v in db.Set<ArticleVersion>().AsNoTracking() on new { a.Id, V = a.PublishedVersion ?? 0 } equals new { Id = v.ArticleId, V = v.Version }
        join c in db.Set<Column>().AsNoTracking() on v.ColumnId equals c.Id
        select new PublishedRow { Article = a, Version = v, Column = c };

    private PublishedArticle Describe(PublishedRow x) => new(x.Article.Id, x.Column.Id, x.Column.Name, x.Column.Slug,
        x.Version.Title, x.Version.Subtitle, x.Version.Author, x.Version.Source, x.Version.Summary, markdown.ToSafeHtml(x.Version.Body),
        x.Version.CoverMediaId, x.Version.Tags, x.Version.Version, x.Version.ContentHash, x.Article.PublishedAt!.Value,
        x.Article.UpdatedAt, x.Article.PublishedUrl ?? ArticleUrls.Of(x.Article.Id));

    // An object initializer (not a constructor) so EF can translate filters on the projected members.
    private sealed class PublishedRow
    {
        public required Article Article { get; init; }

        public required ArticleVersion Version { get; init; }

        public required Column Column { get; init; }
    }
}
