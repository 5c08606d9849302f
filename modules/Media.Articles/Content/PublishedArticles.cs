using Media.Abstractions.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Content;

/// <summary>Published articles at their published version, rendered through the one sanitizing renderer.</summary>
internal sealed class PublishedArticles(MediaDbContext db, PublishedBodies bodies) : IPublishedArticles
{
    /// <summary>How many of a column's newest pieces <see cref="RelatedAsync"/> looks through for shared tags (tags are
    /// stored as JSON, so they are compared here rather than in SQL).</summary>
    public const int RelatedWindow = 200;

    public async Task<PublicArticleLookup> FindAsync(Guid articleId, CancellationToken cancellationToken) =>
        Lookup(await Rows().Where(x => x.Article.Id == articleId).SingleOrDefaultAsync(cancellationToken));

    public async Task<PublicArticleLookup> FindByUrlAsync(string url, CancellationToken cancellationToken) =>
        Lookup(await Rows().Where(x => x.Article.PublishedUrl == url).SingleOrDefaultAsync(cancellationToken));

    /// <remarks>Pieces under correction are few and read whole; published ones are read newest first along the
    /// <c>Status, PublishedAt</c> index only until <paramref name="max"/> match (or <see cref="RelatedWindow"/> have
    /// been looked at), so a page reads a handful of rows instead of sorting the column.</remarks>
    public async Task<IReadOnlyList<RelatedArticle>> RelatedAsync(PublishedArticle article, int max, CancellationToken cancellationToken)
    {
        if (article.Tags.Count == 0 || max <= 0) return [];
        var articles = db.Set<Article>().AsNoTracking();
        var correcting = new Queue<RelatedCandidate>(await RelatedCandidates(articles.Where(LiveArticles.IsUnderCorrection), article)
            .Take(RelatedWindow).ToListAsync(cancellationToken));
        var published = RelatedCandidates(articles.Where(a => a.Status == EditorialStatus.Published), article)
            .Take(RelatedWindow).AsAsyncEnumerable();
        var tags = article.Tags.ToHashSet(StringComparer.Ordinal);
        var found = new List<RelatedArticle>(max);
        var looked = 0;
        bool Take(RelatedCandidate c)
        {
            looked++;
            if (c.Tags.Any(tags.Contains)) found.Add(new RelatedArticle(c.Id, c.Title, c.PublishedUrl ?? ArticleAddress.Legacy(c.Id), c.PublishedAt!.Value));
            return found.Count < max && looked < RelatedWindow;
        }
        await foreach (var next in published.WithCancellation(cancellationToken))
        {
            while (correcting.TryPeek(out var c) && Newer(c, next))
                if (!Take(correcting.Dequeue())) return found;
            if (!Take(next)) return found;
        }
        while (correcting.TryDequeue(out var c))
            if (!Take(c)) return found;
        return found;
    }

    private static bool Newer(RelatedCandidate a, RelatedCandidate b) =>
        a.PublishedAt > b.PublishedAt || (a.PublishedAt == b.PublishedAt && a.Id.CompareTo(b.Id) < 0);

    /// <summary>Live pieces of <paramref name="article"/>'s column (at their published version) other than itself, newest
    /// first.</summary>
    private IQueryable<RelatedCandidate> RelatedCandidates(IQueryable<Article> articles, PublishedArticle article) =>
        from a in articles
        where a.Id != article.Id
        join v in db.Set<ArticleVersion>().AsNoTracking() on new { a.Id, V = a.PublishedVersion ?? 0 } equals new { Id = v.ArticleId, V = v.Version }
        where v.ColumnId == article.ColumnId
        orderby a.PublishedAt descending, a.Id
        select new RelatedCandidate { Id = a.Id, Title = v.Title, PublishedUrl = a.PublishedUrl, PublishedAt = a.PublishedAt, Tags = v.Tags };

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
        x.Version.Title, x.Version.Subtitle, x.Version.Author, x.Version.Source, x.Version.Summary, bodies.Html(x.Article.Id, x.Version.Version, x.Version.Body),
        x.Version.CoverMediaId, x.Version.Tags, x.Version.Version, x.Version.ContentHash, x.Article.PublishedAt!.Value,
        x.Article.UpdatedAt, x.Article.PublishedUrl ?? ArticleAddress.Legacy(x.Article.Id));

    private sealed class RelatedCandidate
    {
        public required Guid Id { get; init; }

        public required string Title { get; init; }

        public required string? PublishedUrl { get; init; }

        public required DateTimeOffset? PublishedAt { get; init; }

        public required List<string> Tags { get; init; }
    }

    // An object initializer (not a constructor) so EF can translate filters on the projected members.
    private sealed class PublishedRow
    {
        public required Article Article { get; init; }

        public required ArticleVersion Version { get; init; }

        public required Column Column { get; init; }
    }
}
