using Media.Abstractions.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Content;

/// <summary>Published articles at their published version, rendered through the one sanitizing renderer.</summary>
internal sealed class PublishedArticles(MediaDbContext db, IMarkdownRenderer markdown) : IPublishedArticles
{
    /// <summary>How many of a column's newest pieces <see cref="RelatedAsync"/> looks through for shared tags (tags are
    /// stored as JSON, so they are compared here rather than in SQL).</summary>
    public const int RelatedWindow = 200;

    public async Task<PublicArticleLookup> FindAsync(Guid articleId, CancellationToken cancellationToken) =>
        Lookup(await Rows().Where(x => x.Article.Id == articleId).SingleOrDefaultAsync(cancellationToken));

    public async Task<PublicArticleLookup> FindByUrlAsync(string url, CancellationToken cancellationToken) =>
        Lookup(await Rows().Where(x => x.Article.PublishedUrl == url).SingleOrDefaultAsync(cancellationToken));

    public async Task<IReadOnlyList<RelatedArticle>> RelatedAsync(PublishedArticle article, int max, CancellationToken cancellationToken)
    {
        if (article.Tags.Count == 0 || max <= 0) return [];
        var candidates = await Rows(db.Set<Article>().AsNoTracking().Where(LiveArticles.IsLive))
            .Where(x => x.Column.Id == article.ColumnId && x.Article.Id != article.Id)
            .OrderByDescending(x => x.Article.PublishedAt).ThenBy(x => x.Article.Id).Take(RelatedWindow)
            .Select(x => new { x.Article.Id, x.Version.Title, x.Article.PublishedUrl, x.Article.PublishedAt, x.Version.Tags })
            .ToListAsync(cancellationToken);
        var tags = article.Tags.ToHashSet(StringComparer.Ordinal);
        return candidates.Where(c => c.Tags.Any(tags.Contains)).Take(max)
            .Select(c => new RelatedArticle(c.Id, c.Title, c.PublishedUrl ?? ArticleAddress.Legacy(c.Id), c.PublishedAt!.Value))
            .ToList();
    }

    private PublicArticleLookup Lookup(PublishedRow? found)
    {
        if (found is null) return new PublicArticleLookup(PublicationState.Unknown, null);
        if (LiveArticles.Includes(found.Article)) return new PublicArticleLookup(PublicationState.Published, Describe(found));
        var article = found.Article;
        return article.Status == EditorialStatus.Retracted && article.PublishedAt is not null
            ? new PublicArticleLookup(PublicationState.Retracted, null, article.RetractedAt, article.Id,
                article.PublishedUrl ?? ArticleAddress.Legacy(article.Id))
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
            return new PublishedEntry(a.Id, a.ColumnId, a.PublishedUrl ?? ArticleAddress.Legacy(a.Id), published, changed);
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
        x.Article.UpdatedAt, x.Article.PublishedUrl ?? ArticleAddress.Legacy(x.Article.Id));

    // An object initializer (not a constructor) so EF can translate filters on the projected members.
    private sealed class PublishedRow
    {
        public required Article Article { get; init; }

        public required ArticleVersion Version { get; init; }

        public required Column Column { get; init; }
    }
}
