using Media.Abstractions.Content;
using Media.Articles.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Corrections;

/// <summary>The <see cref="IPublishedCorrections"/> contract: corrections of articles that are published now (a
/// retracted piece takes its corrections with it).</summary>
internal sealed class PublishedCorrections(MediaDbContext db) : IPublishedCorrections
{
    public async Task<IReadOnlyList<CorrectionNotice>> ForArticleAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var rows = await Rows().Where(x => x.Correction.ArticleId == articleId)
            .OrderBy(x => x.Correction.PublishedAt).ToListAsync(cancellationToken);
        return rows.Select(Notice).ToList();
    }

    public async Task<(IReadOnlyList<CorrectionNotice> Items, int Total)> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = Rows();
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(x => x.Correction.PublishedAt).ThenBy(x => x.Correction.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items.Select(Notice).ToList(), total);
    }

    private IQueryable<CorrectionRow> Rows() =>
        from c in db.Set<ArticleCorrection>().AsNoTracking()
        join a in db.Set<Article>().AsNoTracking().Where(LiveArticles.IsLive) on c.ArticleId equals a.Id
        join v in db.Set<ArticleVersion>().AsNoTracking() on new { a.Id, V = a.PublishedVersion ?? 0 } equals new { Id = v.ArticleId, V = v.Version }
        select new CorrectionRow { Correction = c, Title = v.Title, Url = a.PublishedUrl };

    private static CorrectionNotice Notice(CorrectionRow x) => new(x.Correction.ArticleId, x.Title,
        x.Url ?? ArticleAddress.Legacy(x.Correction.ArticleId), x.Correction.Note, x.Correction.PublishedAt, x.Correction.OfVersion,
        x.Correction.CorrectedVersion);

    // An object initializer (not a constructor) so EF can translate the ordering on the projected members.
    private sealed class CorrectionRow
    {
        public required ArticleCorrection Correction { get; init; }

        public required string Title { get; init; }

        public string? Url { get; init; }
    }
}
